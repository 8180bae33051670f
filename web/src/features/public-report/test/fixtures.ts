import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { RecordedCall } from '../../../test/fetchMock';
import { leadingZeroBits } from '../api/proofOfWork';
import type { MyReport } from '../api/types';

export const WAIT = { timeout: 5000 };

export const CHALLENGE = 'p1.4102444800000.2.0123456789abcdef.test-signature';

export const challengeResponse = (challenge = CHALLENGE, bits = 2) => ({
  body: { challenge, bits, expiresAt: '2099-12-31T00:00:00.000Z' },
});

/** Whether a nonce really solves a challenge, checked with Node's own SHA-256. */
export function solves(challenge: string, nonce: string, bits: number): boolean {
  return leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest()) >= bits;
}

export const callsTo = (calls: RecordedCall[], method: string, path: string) =>
  calls.filter((c) => c.method === method && c.url.split('?')[0] === path);

export function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

/** The form item (label, input and its error text) around a test id. */
export const fieldOf = (testId: string) =>
  screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

export async function powSolved() {
  await waitFor(
    () => expect(screen.getByTestId('report-pow').getAttribute('data-state')).toBe('solved'),
    WAIT,
  );
}

export function myReport(overrides: Partial<MyReport> = {}): MyReport {
  return {
    receivedOn: '2026-11-20',
    status: 'received',
    notAcceptedReason: null,
    answer: null,
    facts: '城关镇镇长王某某今年以来多次使用公车接送子女上下学，群众反映强烈。',
    messages: [],
    canSurvey: false,
    surveyed: false,
    canWrite: true,
    ...overrides,
  };
}

/** A file of the given type and real size (bytes of zeros). */
export function fileOf(name: string, type: string, bytes = 2048): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

/**
 * Pick files in the evidence control with this test id, as a user choosing "all files" or
 * dropping them would: the dialog's `accept` filter is not applied.
 */
export function pickFiles(testId: string, files: File[]) {
  const input = screen.getByTestId(testId).querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error(`no file input in ${testId}`);
  fireEvent.change(input, { target: { files } });
}

export const fileItems = (testId: string) => screen.queryAllByTestId(`${testId}-item`);

/** The states of the listed files, in order (`uploading`, `done`, `error`). */
export const fileStates = (testId: string) => fileItems(testId).map((item) => item.dataset.state);

/** What `POST /api/public/files` answers for the n-th stored file. */
export const storedFile = (n: number, name = `证据${n}.pdf`) => ({
  status: 201,
  body: { handle: `f1.handle-${n}`, name, size: 2048, mimeType: 'application/pdf' },
});
