import { beforeEach, describe, expect, it } from 'vitest';
import type { Mock } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { routes } from '../../../app/router';
import { mockFetch } from '../../../test/fetchMock';
import type { MockResponse } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { quietComputedStyle } from '../../petitions/test/fixtures';
import {
  WAIT,
  callsTo,
  challengeResponse,
  fieldOf,
  fileItems,
  fileOf,
  fileStates,
  pickFiles,
  powSolved,
  storedFile,
  type,
} from '../test/fixtures';

const RECEIPT = { receiptCode: '12345-67890-12345-67890-12345', receivedOn: '2026-11-20' };
const FACTS =
  '城关镇镇长王某某今年以来多次使用公车接送子女上下学，周末驾驶公车回老家，群众反映强烈。';
const FILES = 'report-files';
const MB = 1024 * 1024;

/** The report page, with each upload answered in turn by `uploads` (the last one repeats). */
function open(uploads: MockResponse[], submit: MockResponse | (() => MockResponse)) {
  let n = 0;
  const mocked = mockFetch({
    'GET /api/public/pow-challenge': challengeResponse(),
    'POST /api/public/files': () => uploads[Math.min(n++, uploads.length - 1)]!,
    'POST /api/public/reports': typeof submit === 'function' ? submit : () => submit,
  });
  return { ...mocked, ...renderApp(routes, '/report') };
}

async function fillForm() {
  fireEvent.click(await screen.findByTestId('report-notice-ack', {}, WAIT));
  await screen.findByTestId('report-form');
  type('report-accused-name-0', '王某某');
  type('report-facts', FACTS);
}

async function submit() {
  await powSolved();
  const button = screen.getByTestId<HTMLButtonElement>('report-submit');
  await waitFor(() => expect(button.disabled).toBe(false));
  fireEvent.click(button);
}

/** The files sent to `POST /api/public/files`, read from the FormData bodies. */
function uploadedNames(fetchMock: Mock) {
  return fetchMock.mock.calls
    .filter(([url]) => url === '/api/public/files')
    .map(([, init]) => {
      const body = (init as RequestInit).body;
      expect(body).toBeInstanceOf(FormData);
      return ((body as FormData).get('file') as File).name;
    });
}

const reportBodies = (calls: Parameters<typeof callsTo>[0]) =>
  callsTo(calls, 'POST', '/api/public/reports').map((c) => c.body as Record<string, unknown>);

describe('ReportPage evidence files', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('uploads each picked file at once and sends only the finished handles with the report', async () => {
    const refused = {
      status: 422,
      body: { status: 422, title: 'Unprocessable Entity', detail: '只能上传图片或 PDF 文件' },
    };
    const { calls, fetchMock } = open([storedFile(1), storedFile(2), refused], {
      status: 201,
      body: RECEIPT,
    });
    await fillForm();
    pickFiles(FILES, [
      fileOf('公车照片.pdf', 'application/pdf'),
      fileOf('行车记录.png', 'image/png'),
      fileOf('伪装.jpg', 'image/jpeg'),
    ]);
    await waitFor(() => expect(fileStates(FILES)).toEqual(['done', 'done', 'error']), WAIT);

    expect(uploadedNames(fetchMock)).toEqual(['公车照片.pdf', '行车记录.png', '伪装.jpg']);
    const [upload] = callsTo(calls, 'POST', '/api/public/files');
    expect(upload!.headers['content-type']).toBeUndefined();
    expect(upload!.headers['x-report-token']).toBeUndefined();
    expect(upload!.credentials).toBe('same-origin');
    const [first, second, failed] = fileItems(FILES);
    expect(first!.textContent).toContain('公车照片.pdf');
    expect(first!.textContent).toContain('已上传');
    expect(second!.textContent).toContain('行车记录.png');
    expect(failed!.textContent).toContain('伪装.jpg');
    expect(failed!.textContent).toContain('上传失败：只能上传图片或 PDF 文件');

    // The reporter takes the second one back; the failed one is never sent.
    fireEvent.click(within(second!).getByTestId(`${FILES}-remove`));
    await waitFor(() => expect(fileStates(FILES)).toEqual(['done', 'error']));
    await submit();
    await screen.findByTestId('receipt-code', {}, WAIT);
    expect(reportBodies(calls)[0]!.files).toEqual(['f1.handle-1']);
  });

  it('refuses other types and files over 10 MB in the browser, without a request', async () => {
    const { calls } = open([storedFile(1)], { status: 201, body: RECEIPT });
    await fillForm();
    pickFiles(FILES, [
      fileOf('情况说明.txt', 'text/plain'),
      fileOf('录像.pdf', 'application/pdf', 11 * MB),
    ]);
    const refused = await screen.findByTestId(`${FILES}-refused`, {}, WAIT);
    expect(refused.textContent).toContain('“情况说明.txt”不是图片或 PDF 文件');
    expect(refused.textContent).toContain('“录像.pdf”超过 10 MB');
    expect(fileItems(FILES)).toHaveLength(0);
    expect(callsTo(calls, 'POST', '/api/public/files')).toHaveLength(0);

    // A report without files sends no `files` at all.
    await submit();
    await screen.findByTestId('receipt-code', {}, WAIT);
    expect(reportBodies(calls)[0]).not.toHaveProperty('files');
  });

  it('takes five files at most and says which ones were left out', async () => {
    let n = 0;
    const { calls } = open(
      [1, 2, 3, 4, 5].map((i) => storedFile(i)),
      () => ({ status: 201, body: RECEIPT }),
    );
    await fillForm();
    const pdfs = (count: number) =>
      Array.from({ length: count }, () => fileOf(`材料${++n}.pdf`, 'application/pdf'));
    pickFiles(FILES, pdfs(3));
    await waitFor(() => expect(fileStates(FILES)).toEqual(['done', 'done', 'done']), WAIT);
    pickFiles(FILES, pdfs(3));
    await waitFor(() => expect(fileStates(FILES)).toHaveLength(5), WAIT);
    expect(screen.getByTestId(`${FILES}-refused`).textContent).toContain(
      '“材料6.pdf”：每次最多上传 5 个文件',
    );
    expect(callsTo(calls, 'POST', '/api/public/files')).toHaveLength(5);
    expect(screen.getByTestId<HTMLButtonElement>(`${FILES}-pick`).disabled).toBe(true);
    expect(screen.getByTestId(FILES).textContent).toContain('已选满 5 个文件');
  });

  it('shows the server’s detail when uploads are limited (429)', async () => {
    const detail = '上传文件过多，请一小时后再试';
    const { calls } = open(
      [{ status: 429, body: { status: 429, title: 'Too Many Requests', detail } }],
      { status: 201, body: RECEIPT },
    );
    await fillForm();
    pickFiles(FILES, [fileOf('照片.jpg', 'image/jpeg')]);
    await waitFor(() => expect(fileStates(FILES)).toEqual(['error']), WAIT);
    expect(fileItems(FILES)[0]!.textContent).toContain(detail);

    await submit();
    await screen.findByTestId('receipt-code', {}, WAIT);
    expect(reportBodies(calls)[0]).not.toHaveProperty('files');
  });

  it('waits for uploads to finish before the report can be submitted', async () => {
    const { fetchMock } = open([storedFile(1)], { status: 201, body: RECEIPT });
    await fillForm();
    await powSolved();
    let finish = () => {};
    const answer = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementationOnce(
      (input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((resolve) => {
          finish = () => void answer(input, init).then(resolve);
        }),
    );
    pickFiles(FILES, [fileOf('照片.png', 'image/png')]);
    await waitFor(() => expect(fileStates(FILES)).toEqual(['uploading']), WAIT);
    expect(fileItems(FILES)[0]!.textContent).toContain('正在上传');
    expect(screen.getByTestId<HTMLButtonElement>('report-submit').disabled).toBe(true);
    expect(screen.getByTestId('report-files-waiting').textContent).toContain('正在上传');

    finish();
    await waitFor(() => expect(fileStates(FILES)).toEqual(['done']), WAIT);
    expect(screen.getByTestId<HTMLButtonElement>('report-submit').disabled).toBe(false);
  });

  it('asks to upload again when the server no longer accepts a handle (422 on files)', async () => {
    let tries = 0;
    const { calls } = open([storedFile(1), storedFile(2)], () =>
      ++tries === 1
        ? {
            status: 422,
            body: {
              status: 422,
              detail: '附件已失效，请重新上传',
              errors: [{ path: 'files', message: '附件已失效，请重新上传' }],
            },
          }
        : { status: 201, body: RECEIPT },
    );
    await fillForm();
    pickFiles(FILES, [fileOf('照片.png', 'image/png')]);
    await waitFor(() => expect(fileStates(FILES)).toEqual(['done']), WAIT);
    await submit();

    await waitFor(() => expect(fileStates(FILES)).toEqual(['error']), WAIT);
    expect(fileItems(FILES)[0]!.textContent).toContain('文件已失效，请删除后重新上传');
    await waitFor(() =>
      expect(fieldOf(`${FILES}-pick`).textContent).toContain('附件已失效，请重新上传'),
    );
    // A refused handle leaves the proof of work unspent.
    expect(callsTo(calls, 'GET', '/api/public/pow-challenge')).toHaveLength(1);

    fireEvent.click(screen.getByTestId(`${FILES}-remove`));
    await waitFor(() =>
      expect(fieldOf(`${FILES}-pick`).textContent).not.toContain('附件已失效，请重新上传'),
    );
    pickFiles(FILES, [fileOf('照片.png', 'image/png')]);
    await waitFor(() => expect(fileStates(FILES)).toEqual(['done']), WAIT);
    await submit();
    await screen.findByTestId('receipt-code', {}, WAIT);
    expect(reportBodies(calls).map((b) => b.files)).toEqual([['f1.handle-1'], ['f1.handle-2']]);
  });
});
