import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { routes } from '../../../app/router';
import { mockFetch } from '../../../test/fetchMock';
import type { MockResponse, RecordedCall } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { quietComputedStyle } from '../../petitions/test/fixtures';
import type { MyReport } from '../api/types';
import {
  WAIT,
  callsTo,
  fieldOf,
  fileItems,
  fileOf,
  fileStates,
  myReport,
  pickFiles,
  storedFile,
  type,
} from '../test/fixtures';

const CODE = '12345 67890-12345—67890 12345';
const DIGITS = '1234567890123456789012345';
const TOKEN = 'r1.report-1.4102444800000.abc';
const ACCESS = { body: { token: TOKEN, expiresAt: '2099-12-31T00:00:00.000Z' } };

function open(me: MyReport | ((call: RecordedCall) => MockResponse), extra = {}) {
  const mocked = mockFetch({
    'POST /api/public/reports/access': ACCESS,
    'GET /api/public/reports/me': typeof me === 'function' ? me : { body: me },
    ...extra,
  });
  return { ...mocked, ...renderApp(routes, '/report/status') };
}

async function enterCode(code = CODE) {
  fireEvent.change(await screen.findByTestId('status-code-input', {}, WAIT), {
    target: { value: code },
  });
  fireEvent.click(screen.getByTestId('status-open'));
}

const steps = () =>
  screen.getAllByTestId('status-step').map((s) => [s.dataset.step, s.dataset.status]);

describe('ReportStatusPage (查询办理进展)', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('opens with the receipt code typed with spaces and dashes, and sends the token header', async () => {
    const handling = myReport({
      status: 'handling',
      messages: [
        {
          author: 'staff',
          body: '请问公车的车牌号是多少？',
          createdAt: '2026-11-21T02:00:00.000Z',
        },
        { author: 'reporter', body: '车牌号清A·12345。', createdAt: '2026-11-21T03:00:00.000Z' },
      ],
    });
    const { calls } = open(handling, {
      'POST /api/public/reports/me/messages': { body: { ok: true } },
    });
    await enterCode();
    await screen.findByTestId('status-report', {}, WAIT);

    expect(callsTo(calls, 'POST', '/api/public/reports/access')[0]!.body).toEqual({
      code: DIGITS,
    });
    const [me] = callsTo(calls, 'GET', '/api/public/reports/me');
    expect(me!.headers['x-report-token']).toBe(TOKEN);
    expect(calls.some((c) => c.url.startsWith('/api/auth/me'))).toBe(false);
    expect(steps()).toEqual([
      ['received', 'finish'],
      ['accepted', 'finish'],
      ['handling', 'finish'],
      ['answered', 'wait'],
    ]);
    const messages = screen.getAllByTestId('status-message');
    expect(messages.map((m) => m.dataset.author)).toEqual(['staff', 'reporter']);
    expect(messages[0]!.textContent).toContain('承办人');
    expect(messages[0]!.textContent).toContain('请问公车的车牌号是多少？');
    expect(messages[1]!.textContent).toContain('车牌号清A·12345。');
    expect(screen.queryByTestId('status-answer')).toBeNull();
    expect(screen.queryByTestId('survey-form')).toBeNull();
    // The token is kept in memory only.
    expect(JSON.stringify({ ...localStorage })).not.toContain(TOKEN);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(TOKEN);

    type('status-add-message', '  10月每个周五下午。 ');
    fireEvent.click(screen.getByTestId('status-add-message-send'));
    await waitFor(() =>
      expect(callsTo(calls, 'POST', '/api/public/reports/me/messages')).toHaveLength(1),
    );
    const [added] = callsTo(calls, 'POST', '/api/public/reports/me/messages');
    expect(added!.body).toEqual({ body: '10月每个周五下午。' });
    expect(added!.headers['x-report-token']).toBe(TOKEN);
    await waitFor(() => expect(callsTo(calls, 'GET', '/api/public/reports/me')).toHaveLength(2));
  });

  it('sends evidence files with a message: only the uploaded handles, with the token', async () => {
    let uploads = 0;
    const { calls } = open(myReport({ status: 'handling' }), {
      'POST /api/public/files': () =>
        ++uploads === 1
          ? storedFile(1, '车辆照片.jpg')
          : { status: 429, body: { status: 429, detail: '上传文件过多，请一小时后再试' } },
      'POST /api/public/reports/me/messages': { body: { ok: true } },
    });
    await enterCode();
    await screen.findByTestId('status-report', {}, WAIT);

    pickFiles('status-add-files', [
      fileOf('车辆照片.jpg', 'image/jpeg'),
      fileOf(
        '说明.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
      fileOf('第二张.png', 'image/png'),
    ]);
    await waitFor(() => expect(fileStates('status-add-files')).toEqual(['done', 'error']), WAIT);
    expect(screen.getByTestId('status-add-files-refused').textContent).toContain('说明.docx');
    expect(fileItems('status-add-files')[1]!.textContent).toContain('上传文件过多，请一小时后再试');
    const [upload] = callsTo(calls, 'POST', '/api/public/files');
    expect(upload!.headers['x-report-token']).toBeUndefined();

    type('status-add-message', '补充两张照片。');
    fireEvent.click(screen.getByTestId('status-add-message-send'));
    await waitFor(() =>
      expect(callsTo(calls, 'POST', '/api/public/reports/me/messages')).toHaveLength(1),
    );
    const [added] = callsTo(calls, 'POST', '/api/public/reports/me/messages');
    expect(added!.body).toEqual({ body: '补充两张照片。', files: ['f1.handle-1'] });
    expect(added!.headers['x-report-token']).toBe(TOKEN);
    // Sent: the box and the list are cleared for the next message.
    await waitFor(() => expect(fileItems('status-add-files')).toHaveLength(0));
    expect(screen.getByTestId<HTMLTextAreaElement>('status-add-message').value).toBe('');
  });

  it('asks to upload again when the message’s files have expired (422 on files)', async () => {
    const { calls } = open(myReport({ status: 'handling' }), {
      'POST /api/public/files': storedFile(1),
      'POST /api/public/reports/me/messages': {
        status: 422,
        body: {
          status: 422,
          detail: '附件已失效，请重新上传',
          errors: [{ path: 'files', message: '附件已失效，请重新上传' }],
        },
      },
    });
    await enterCode();
    await screen.findByTestId('status-report', {}, WAIT);
    pickFiles('status-add-files', [fileOf('照片.png', 'image/png')]);
    await waitFor(() => expect(fileStates('status-add-files')).toEqual(['done']), WAIT);
    type('status-add-message', '补充照片。');
    fireEvent.click(screen.getByTestId('status-add-message-send'));

    await waitFor(() => expect(fileStates('status-add-files')).toEqual(['error']), WAIT);
    expect(fileItems('status-add-files')[0]!.textContent).toContain('请删除后重新上传');
    await waitFor(() =>
      expect(fieldOf('status-add-files-pick').textContent).toContain('附件已失效，请重新上传'),
    );
    // The text stays for the next try; the status page is still open.
    expect(screen.getByTestId<HTMLTextAreaElement>('status-add-message').value).toBe('补充照片。');
    expect(callsTo(calls, 'POST', '/api/public/reports/me/messages')).toHaveLength(1);
    expect(screen.getByTestId('status-report')).toBeTruthy();
  });

  it('checks the code before sending it, and shows the server’s refusal', async () => {
    const { calls } = open(myReport(), {
      'POST /api/public/reports/access': {
        status: 404,
        body: { status: 404, title: 'Not Found', detail: '回执码不正确，请核对后重新输入' },
      },
    });
    await enterCode('12345-678');
    await waitFor(() =>
      expect(fieldOf('status-code-input').textContent).toContain('回执码应为 25 位数字'),
    );
    expect(callsTo(calls, 'POST', '/api/public/reports/access')).toHaveLength(0);

    await enterCode('１２３４５６７８９０１２３４５６７８９０１２３４５');
    expect((await screen.findByTestId('status-code-error', {}, WAIT)).textContent).toContain(
      '回执码不正确',
    );
    expect(callsTo(calls, 'POST', '/api/public/reports/access')[0]!.body).toEqual({
      code: DIGITS,
    });
    expect(callsTo(calls, 'GET', '/api/public/reports/me')).toHaveLength(0);
  });

  it('shows the refusal with its reason on the not-accepted path', async () => {
    open(myReport({ status: 'notAccepted', notAcceptedReason: '不属于本机关受理范围' }));
    await enterCode();
    await screen.findByTestId('status-report', {}, WAIT);
    expect(steps()).toEqual([
      ['received', 'finish'],
      ['notAccepted', 'error'],
      ['answered', 'wait'],
    ]);
    expect(screen.getByTestId('status-not-accepted').textContent).toContain('不属于本机关受理范围');
  });

  it('offers the survey only when the server allows it, once, then thanks', async () => {
    let surveyed = false;
    const answered = () =>
      myReport({
        status: 'answered',
        answer: { content: '您反映的问题已查实，已责令整改。', answeredOn: '2026-12-01' },
        canSurvey: !surveyed,
        surveyed,
      });
    const { calls } = open(() => ({ body: answered() }), {
      'POST /api/public/reports/me/survey': () => {
        surveyed = true;
        return { body: { ok: true } };
      },
    });
    await enterCode();
    const answer = await screen.findByTestId('status-answer', {}, WAIT);
    expect(answer.textContent).toContain('您反映的问题已查实，已责令整改。');
    expect(answer.textContent).toContain('2026-12-01');
    expect(steps().every(([, status]) => status === 'finish')).toBe(true);

    const survey = screen.getByTestId('survey-form');
    expect(survey.textContent).toContain('满意');
    expect(survey.textContent).toContain('基本满意');
    expect(survey.textContent).toContain('不满意');
    fireEvent.click(screen.getByTestId('survey-submit'));
    expect(await within(survey).findByText('请选择评价')).toBeTruthy();
    fireEvent.click(screen.getByTestId('survey-basically'));
    type('survey-comment', '答复及时');
    fireEvent.click(screen.getByTestId('survey-submit'));
    await screen.findByTestId('survey-thanks', {}, WAIT);
    const [rated] = callsTo(calls, 'POST', '/api/public/reports/me/survey');
    expect(rated!.body).toEqual({ rating: 'basically', comment: '答复及时' });
    expect(rated!.headers['x-report-token']).toBe(TOKEN);
    expect(screen.queryByTestId('survey-form')).toBeNull();
  });

  it('shows no survey before the answer', async () => {
    open(myReport({ status: 'accepted', canSurvey: false }));
    await enterCode();
    await screen.findByTestId('status-report', {}, WAIT);
    expect(screen.queryByTestId('survey-form')).toBeNull();
    expect(screen.queryByTestId('survey-thanks')).toBeNull();
  });

  it('asks for the code again when the token has expired (401)', async () => {
    let expired = false;
    const { calls } = open(
      () =>
        expired
          ? {
              status: 401,
              body: { status: 401, title: 'Unauthorized', detail: '请重新输入回执码' },
            }
          : { body: myReport() },
      {
        'POST /api/public/reports/me/messages': () => {
          expired = true;
          return { status: 401, body: { status: 401, detail: '请重新输入回执码' } };
        },
      },
    );
    await enterCode();
    await screen.findByTestId('status-report', {}, WAIT);
    type('status-add-message', '补充：还有一辆车。');
    fireEvent.click(screen.getByTestId('status-add-message-send'));
    expect((await screen.findByTestId('status-notice', {}, WAIT)).textContent).toBe(
      '查询已超时，请重新输入回执码',
    );
    expect(screen.queryByTestId('status-report')).toBeNull();
    expect(screen.getByTestId<HTMLInputElement>('status-code-input').value).toBe('');

    // A token refused on load comes back to the code too.
    await enterCode();
    expect((await screen.findByTestId('status-notice', {}, WAIT)).textContent).toContain(
      '查询已超时',
    );
    expect(callsTo(calls, 'POST', '/api/public/reports/access')).toHaveLength(2);
  });
});
