import { screen } from '@testing-library/react';
import type { Me } from '../../auth/api/types';
import { mockFetch } from '../../../test/fetchMock';
import type { MockResponse, RecordedCall } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes } from '../../petitions/test/fixtures';
import type { PlanDetail } from '../api/types';
import { RectificationPlanPage } from '../pages/RectificationPlanPage';
import { LIAISON_ME, PLAN_ID } from './fixtures';

// Generous: the office's page renders every section, and CI machines are shared.
export const WAIT = { timeout: 10_000 };
export const PLAN_URL = `/api/rectification-plans/${PLAN_ID}`;

export type Handler = MockResponse | ((call: RecordedCall) => MockResponse);

/** The plan page for this user, its lists empty unless `extra` answers them. */
export function renderPlanPage(
  plan: PlanDetail,
  me: Me = LIAISON_ME,
  extra: Record<string, Handler> = {},
) {
  const routes: Record<string, Handler> = {
    [`GET ${PLAN_URL}`]: { body: plan },
    'GET /api/disclosures': { body: { items: [] } },
    'GET /api/supervision-checks': { body: { items: [] } },
    'GET /api/follow-up-visits': { body: { items: [] } },
    ...extra,
  };
  const mocks = mockFetch(routes);
  renderApp(
    pageRoutes('/rectification/:id', <RectificationPlanPage />, me),
    `/rectification/${PLAN_ID}`,
  );
  return mocks;
}

/** The calls of one method to one path (query string ignored). */
export const callsTo = (calls: RecordedCall[], method: string, path: string) =>
  calls.filter((c) => c.method === method && c.url.split('?')[0] === path);

export const findPlan = () => screen.findByTestId('plan-detail', {}, WAIT);
