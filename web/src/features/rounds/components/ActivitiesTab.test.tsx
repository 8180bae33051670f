import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import type { Activity } from '../api/types';
import { roundAbilities } from '../abilities';
import { ActivitiesTab } from './ActivitiesTab';
import { TEAM_LEADER_ME, roundDetail } from '../test/fixtures';
import { pickOption } from '../test/pickOption';

const WAIT = { timeout: 5000 };

const TALK: Activity = {
  id: 'a-1',
  unitId: 'u-1',
  teamId: 't-1',
  method: 'talk',
  occurredOn: '2026-03-02',
  place: '县住建局会议室',
  summary: '与办公室主任谈话',
  record: '反映局长违规报销',
  unannounced: false,
  details: { interviewee: '赵某', post: '办公室主任', interviewers: ['甲', '乙'], recorder: '乙' },
  version: 1,
  createdAt: '2026-03-02T02:00:00.000Z',
};

const ROUTES = {
  'GET /api/rounds/r-1/activities': { body: { items: [TALK] } },
  'GET /api/rounds/r-1/surveys': { body: { items: [] } },
};

/** The 巡察记录 tab of a round on site, as the leader of the first team sees it. */
async function openTab() {
  const round = roundDetail({ stage: 'on_site', abilities: { update: false } });
  const can = roundAbilities(round, TEAM_LEADER_ME);
  renderApp(pageRoutes('/', <ActivitiesTab round={round} can={can} />, TEAM_LEADER_ME));
  return screen.findByTestId('activity-table', {}, WAIT);
}

/** Type entries into a tags field (separated by commas). */
function typeTags(testId: string, text: string) {
  const input = screen.getByTestId(testId).querySelector('input')!;
  fireEvent.change(input, { target: { value: text } });
}

describe('on-site records', { timeout: 60_000 }, () => {
  beforeEach(quietComputedStyle);

  it('asks each method for its own fields and puts the server’s field errors on them', async () => {
    const { calls } = mockFetch({
      ...ROUTES,
      'POST /api/rounds/r-1/activities': {
        status: 422,
        body: {
          status: 422,
          title: '巡察记录不完整',
          errors: [{ path: 'details.recorder', message: '必填' }],
        },
      },
    });
    await openTab();
    fireEvent.click(screen.getByTestId('activity-add'));
    const dialog = await screen.findByRole('dialog');
    // 个别谈话 by default: who was talked to, their post, by whom, who recorded, and 约谈.
    const fields = within(dialog).getByTestId('activity-method-fields');
    expect(fields.getAttribute('data-method')).toBe('talk');
    for (const key of ['interviewee', 'post', 'interviewers', 'recorder', 'followUpOf']) {
      expect(within(fields).getByTestId(`activity-detail-${key}`)).toBeTruthy();
    }
    // Nothing is sent while a required field of the method is empty.
    fireEvent.change(within(dialog).getByTestId('activity-summary'), {
      target: { value: '与财务人员谈话' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请填写谈话对象', {}, WAIT)).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(within(dialog).getByTestId('activity-detail-interviewee'), {
      target: { value: '钱某' },
    });
    fireEvent.change(within(dialog).getByTestId('activity-detail-post'), {
      target: { value: '会计' },
    });
    typeTags('activity-detail-interviewers', '甲，乙，');
    fireEvent.change(within(dialog).getByTestId('activity-detail-recorder'), {
      target: { value: '乙' },
    });
    await pickOption('activity-detail-followUpOf', /与办公室主任谈话/);
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    // The server's `details.recorder` lands on the recorder field.
    expect(await within(dialog).findByText('必填', {}, WAIT)).toBeTruthy();
    const body = calls.find((c) => c.method === 'POST')?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      unitId: 'u-1',
      method: 'talk',
      summary: '与财务人员谈话',
      unannounced: false,
      details: {
        interviewee: '钱某',
        post: '会计',
        interviewers: ['甲', '乙'],
        recorder: '乙',
        followUpOf: 'a-1',
      },
    });

    await pickOption('activity-method', '调阅复制文件资料');
    await waitFor(() =>
      expect(within(dialog).getByTestId('activity-method-fields').getAttribute('data-method')).toBe(
        'documentReview',
      ),
    );
    expect(within(dialog).getByTestId('activity-detail-documents')).toBeTruthy();
    expect(within(dialog).queryByTestId('activity-detail-interviewee')).toBeNull();
  });

  it('raises a finding and a clue from a record', async () => {
    const { calls } = mockFetch({
      ...ROUTES,
      'GET /api/rounds/r-1/findings': { body: { items: [] } },
      'POST /api/rounds/r-1/findings': {
        status: 201,
        body: {
          id: 'f-1',
          unitId: 'u-1',
          activityId: 'a-1',
          problem: '违规报销',
          focus: null,
          disciplines: [],
          evidence: null,
          version: 1,
          createdAt: '2026-03-02T02:00:00.000Z',
        },
      },
      'POST /api/rounds/r-1/activities/a-1/clues': {
        status: 201,
        body: { id: 'c-1', code: 'XS202600003' },
      },
    });
    const table = await openTab();
    fireEvent.click(await within(table).findByTestId('activity-raise-finding', {}, WAIT));
    let dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('finding-problem'), {
      target: { value: '局长违规报销私人费用' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(
        calls.find((c) => c.url === '/api/rounds/r-1/findings' && c.method === 'POST')?.body,
      ).toMatchObject({ unitId: 'u-1', activityId: 'a-1', problem: '局长违规报销私人费用' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);

    fireEvent.click(within(table).getByTestId('activity-raise-clue'));
    dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('clue-description'), {
      target: { value: '反映局长违规报销私人费用' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已生成问题线索 XS202600003', {}, WAIT)).toBeTruthy();
    expect(calls.find((c) => c.url.endsWith('/clues'))?.body).toEqual({
      description: '反映局长违规报销私人费用',
      accusedName: null,
      accusedPosition: null,
    });
  });
});
