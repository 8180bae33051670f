import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { routes } from '../../../app/router';
import { mockFetch } from '../../../test/fetchMock';
import type { MockResponse } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { quietComputedStyle } from '../../petitions/test/fixtures';
import { pickOption } from '../../rounds/test/pickOption';
import {
  CHALLENGE,
  WAIT,
  callsTo,
  challengeResponse,
  fieldOf,
  powSolved,
  solves,
  type,
} from '../test/fixtures';

const ROUND = '7d0c6a52-3f7e-4d7b-9a57-0b1f2d3c4e5f';
const RECEIPT = { receiptCode: '12345-67890-12345-67890-12345', receivedOn: '2026-11-20' };
const FACTS =
  '城关镇镇长王某某今年以来多次使用公车接送子女上下学，周末驾驶公车回老家，群众反映强烈。';

function open(submit: MockResponse, path = '/report') {
  const mocked = mockFetch({
    'GET /api/public/pow-challenge': challengeResponse(),
    'POST /api/public/reports': submit,
  });
  return { ...mocked, ...renderApp(routes, path) };
}

async function acknowledge() {
  fireEvent.click(await screen.findByTestId('report-notice-ack', {}, WAIT));
  await screen.findByTestId('report-form');
}

function fillMinimal() {
  type('report-accused-name-0', '王某某');
  type('report-facts', FACTS);
}

async function submit() {
  await powSolved();
  const button = screen.getByTestId<HTMLButtonElement>('report-submit');
  expect(button.disabled).toBe(false);
  fireEvent.click(button);
}

describe('ReportPage (网上举报)', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('opens without a session, shows the notice and refuses the form until it is acknowledged', async () => {
    const { calls, router } = open({ status: 201, body: RECEIPT });
    const notice = await screen.findByTestId('report-notice', {}, WAIT);
    expect(screen.getByTestId('public-report-title').textContent).toBe('网上举报');
    expect(notice.textContent).toContain('违反党纪');
    expect(notice.textContent).toContain('诉讼、仲裁、行政复议');
    expect(notice.textContent).toContain('不记录IP地址');
    expect(notice.textContent).toContain('诬告陷害');
    // The proof of work starts while the reporter reads, but there is nothing to submit yet.
    await waitFor(() => expect(callsTo(calls, 'GET', '/api/public/pow-challenge')).toHaveLength(1));
    expect(screen.queryByTestId('report-form')).toBeNull();
    expect(screen.queryByTestId('report-submit')).toBeNull();
    expect(callsTo(calls, 'POST', '/api/public/reports')).toHaveLength(0);
    expect(calls.some((c) => c.url.startsWith('/api/auth/me'))).toBe(false);
    expect(router.state.location.pathname).toBe('/report');

    await acknowledge();
    expect(screen.getByTestId<HTMLInputElement>('report-notice-ack').checked).toBe(true);
    expect(screen.getByTestId('report-submit')).toBeTruthy();
  });

  it('sends the report with a nonce that solves the challenge, then shows the receipt code once', async () => {
    const { calls, router } = open({ status: 201, body: RECEIPT }, `/report?round=${ROUND}`);
    expect((await screen.findByTestId('report-round', {}, WAIT)).textContent).toContain('本轮巡察');
    await acknowledge();
    type('report-accused-name-0', ' 王某某 ');
    type('report-accused-unit-0', '城关镇');
    type('report-accused-position-0', '镇长');
    fireEvent.click(screen.getByTestId('report-accused-add'));
    type('report-accused-unit-1', '城关镇财政所');
    await pickOption('report-focus', '作风问题');
    type('report-facts', FACTS);
    expect(screen.getByTestId('report-form').textContent).toContain(`${FACTS.length} / 10000`);
    await submit();

    const code = await screen.findByTestId('receipt-code', {}, WAIT);
    const [sent] = callsTo(calls, 'POST', '/api/public/reports');
    const body = sent!.body as Record<string, unknown> & {
      pow: { challenge: string; nonce: string };
    };
    expect(body.pow.challenge).toBe(CHALLENGE);
    expect(body.pow.nonce).toMatch(/^[0-9a-z]{1,64}$/);
    expect(solves(CHALLENGE, body.pow.nonce, 2)).toBe(true);
    expect(body).toEqual({
      roundId: ROUND,
      pow: body.pow,
      accused: [
        { name: '王某某', unitName: '城关镇', position: '镇长' },
        { unitName: '城关镇财政所' },
      ],
      focus: 'conduct',
      facts: FACTS,
      anonymous: true,
      locale: 'zh-CN',
    });

    expect(code.textContent).toBe(RECEIPT.receiptCode);
    expect(screen.getAllByTestId('receipt-code')).toHaveLength(1);
    expect(screen.getByTestId('receipt-keep').textContent).toContain(
      '请妥善保存回执码，这是查询办理进展的唯一凭证，遗失无法找回',
    );
    expect(screen.queryByTestId('report-form')).toBeNull();
    expect(document.body.textContent).not.toContain(FACTS);

    // Once: after leaving the page the code is nowhere to be found again.
    fireEvent.click(screen.getByTestId('receipt-status-link'));
    await screen.findByTestId('status-code-input', {}, WAIT);
    expect(router.state.location.pathname).toBe('/report/status');
    await act(() => router.navigate('/report'));
    await screen.findByTestId('report-notice', {}, WAIT);
    expect(screen.queryByTestId('receipt-code')).toBeNull();
    expect(document.body.textContent).not.toContain(RECEIPT.receiptCode);
  });

  it('sends the identity of a real-name report and puts the server’s field errors on their fields', async () => {
    const { calls } = open({
      status: 422,
      body: {
        status: 422,
        title: 'Unprocessable Entity',
        detail: '举报信息有误',
        errors: [
          { path: 'identity.phone', message: '电话号码有误' },
          { path: 'accused.0.name', message: '请填写被反映人姓名或单位' },
        ],
      },
    });
    await acknowledge();
    fillMinimal();
    fireEvent.click(screen.getByTestId('report-anonymous-no'));
    await screen.findByTestId('report-identity-name');
    type('report-identity-name', '李群众');
    type('report-identity-phone', '12345');
    await submit();

    await waitFor(
      () => expect(fieldOf('report-identity-phone').textContent).toContain('电话号码有误'),
      WAIT,
    );
    expect(fieldOf('report-accused-name-0').textContent).toContain('请填写被反映人姓名或单位');
    expect(screen.getByTestId('report-submit-error').textContent).toContain('举报信息有误');
    const [sent] = callsTo(calls, 'POST', '/api/public/reports');
    expect(sent!.body).toMatchObject({
      anonymous: false,
      identity: { name: '李群众', phone: '12345' },
    });
    expect((sent!.body as { identity: object }).identity).not.toHaveProperty('idNumber');
    // Field errors leave the proof of work unspent: no new challenge.
    expect(callsTo(calls, 'GET', '/api/public/pow-challenge')).toHaveLength(1);
  });

  it('checks the form in the browser first: name or unit, facts of at least 20 characters', async () => {
    const { calls } = open({ status: 201, body: RECEIPT });
    await acknowledge();
    type('report-facts', '太短了');
    await submit();
    await waitFor(() => expect(fieldOf('report-facts').textContent).toContain('至少 20 字'), WAIT);
    await waitFor(
      () =>
        expect(fieldOf('report-accused-name-0').textContent).toContain('请填写被反映人姓名或单位'),
      WAIT,
    );
    expect(callsTo(calls, 'POST', '/api/public/reports')).toHaveLength(0);
  });

  it('shows the server’s detail on 429 and solves a fresh challenge for the next try', async () => {
    const detail = '当前举报较多，请稍后再试，或通过来信、来访、电话反映';
    const { calls } = open({
      status: 429,
      body: { status: 429, title: 'Too Many Requests', detail },
    });
    await acknowledge();
    fillMinimal();
    await submit();
    expect((await screen.findByTestId('report-submit-error', {}, WAIT)).textContent).toContain(
      detail,
    );
    await waitFor(() => expect(callsTo(calls, 'GET', '/api/public/pow-challenge')).toHaveLength(2));
    await powSolved();
    expect(screen.queryByTestId('receipt-code')).toBeNull();
  });

  it('fetches a new challenge when the server refuses the proof of work, and sends with it', async () => {
    let tries = 0;
    let challenges = 0;
    const { calls } = mockFetch({
      'GET /api/public/pow-challenge': () => challengeResponse(`${CHALLENGE}.${++challenges}`),
      'POST /api/public/reports': () =>
        ++tries === 1
          ? {
              status: 422,
              body: {
                status: 422,
                detail: '校验信息已过期，请重新提交',
                errors: [{ path: 'pow', message: '校验信息已过期，请重新提交' }],
              },
            }
          : { status: 201, body: RECEIPT },
    });
    renderApp(routes, '/report');
    await acknowledge();
    fillMinimal();
    await submit();
    const error = await screen.findByTestId('report-submit-error', {}, WAIT);
    expect(error.textContent).toContain('校验信息已过期');
    expect(error.textContent).toContain('正在重新校验');
    await waitFor(() => expect(challenges).toBe(2));
    await submit();
    await screen.findByTestId('receipt-code', {}, WAIT);
    const sent = callsTo(calls, 'POST', '/api/public/reports').map(
      (c) => (c.body as { pow: { challenge: string; nonce: string } }).pow,
    );
    expect(sent.map((p) => p.challenge)).toEqual([`${CHALLENGE}.1`, `${CHALLENGE}.2`]);
    expect(solves(sent[1]!.challenge, sent[1]!.nonce, 2)).toBe(true);
  });

  it('switches to English', async () => {
    open({ status: 201, body: RECEIPT });
    await screen.findByTestId('report-notice', {}, WAIT);
    fireEvent.click(screen.getByText('English'));
    await waitFor(() =>
      expect(screen.getByTestId('public-report-title').textContent).toBe('Online reporting'),
    );
    expect(screen.getByTestId('report-notice').textContent).toContain(
      'IP addresses are not recorded',
    );
    fireEvent.click(screen.getByText('中文'));
    await waitFor(() =>
      expect(screen.getByTestId('public-report-title').textContent).toBe('网上举报'),
    );
  });
});
