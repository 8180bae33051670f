import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { LIAISON_ME, OFFICE_ME } from '../../rectification/test/fixtures';
import { PROBLEM_ID, commonProblem } from '../test/fixtures';
import { CommonProblemPage } from './CommonProblemPage';

const WAIT = { timeout: 5000 };
const PATH = '/rectification/common-problems/:id';
const URL = `/rectification/common-problems/${PROBLEM_ID}`;
const API = `/api/common-problems/${PROBLEM_ID}`;

describe('CommonProblemPage (共性问题)', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('shows the three parties, the findings by unit, the escalations and the history', async () => {
    mockFetch({
      [`GET ${API}`]: {
        body: commonProblem({
          role: 'lead',
          overdue: true,
          daysLeft: -9,
          escalations: [
            {
              kind: 'supervisionLetter',
              dueOn: '2026-11-16',
              message: '督办函：县财政局牵头整改的共性问题超期 9 天未销号',
              issuedAt: '2026-11-25T01:00:00.000Z',
            },
          ],
          history: [
            {
              action: 'supervise',
              fromState: 'open',
              toState: 'open',
              actorName: '巡察办 周主任',
              opinion: '请按期报送',
              at: '2026-11-20T01:00:00.000Z',
            },
          ],
        }),
      },
    });
    renderApp(pageRoutes(PATH, <CommonProblemPage />, LIAISON_ME), URL);
    const parties = await screen.findByTestId('common-parties', {}, WAIT);
    expect(parties.textContent).toContain('县财政局');
    expect(parties.textContent).toContain('石桥镇');
    expect(parties.textContent).toContain('巡察办跟踪督办');
    expect(screen.getByTestId('common-role').textContent).toContain('牵头单位');
    expect(screen.getByTestId('common-findings').textContent).toContain('河西镇');
    expect(screen.getByTestId('common-escalations').textContent).toContain('督办函');
    expect(screen.getByTestId('common-history-step').getAttribute('data-action')).toBe('supervise');
  });

  it('offers exactly the server’s steps and sends the opinion with the version', async () => {
    const { calls } = mockFetch({
      [`GET ${API}`]: { body: commonProblem({ role: 'office', actions: ['supervise'] }) },
      [`POST ${API}/transitions`]: { body: commonProblem({ role: 'office', actions: [] }) },
    });
    renderApp(pageRoutes(PATH, <CommonProblemPage />, OFFICE_ME), URL);
    fireEvent.click(await screen.findByTestId('common-action-supervise', {}, WAIT));
    expect(screen.queryByTestId('common-action-close')).toBeNull();
    fireEvent.change(await screen.findByTestId('common-step-opinion', {}, WAIT), {
      target: { value: '请于 12 月 15 日前报送修订稿' },
    });
    fireEvent.click(screen.getByTestId('common-step-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true), WAIT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      action: 'supervise',
      version: 3,
      opinion: '请于 12 月 15 日前报送修订稿',
    });
  });

  it('shows not-found for a task the user may not see', async () => {
    mockFetch({ [`GET ${API}`]: { status: 404, body: { status: 404, title: '不存在' } } });
    renderApp(pageRoutes(PATH, <CommonProblemPage />, LIAISON_ME), URL);
    expect(await screen.findByTestId('common-not-found', {}, WAIT)).toBeTruthy();
  });
});
