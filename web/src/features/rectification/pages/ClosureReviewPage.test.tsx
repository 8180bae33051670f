import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { OFFICE_ME, itemDetail } from '../test/fixtures';
import { ClosureReviewPage } from './ClosureReviewPage';

const WAIT = { timeout: 5000 };

describe('ClosureReviewPage (销号审核)', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('shows each closure request with its quality flags, evidence and the office’s steps', async () => {
    const requested = itemDetail({
      state: 'closureRequested',
      closureRequestedAt: '2026-12-01T02:00:00.000Z',
      files: [{ id: 'file-1', name: '整改照片.jpg' }],
      flags: [
        { code: 'quickClosure', message: '批准后 2 天即申请销号' },
        { code: 'pastedWording', message: '完成情况与整改措施表述雷同' },
      ],
      actions: ['close', 'reject'],
    });
    const { calls } = mockFetch({
      'GET /api/rectification-items': {
        body: { items: [requested], total: 1, page: 1, pageSize: 20 },
      },
    });
    renderApp(
      pageRoutes('/rectification/review', <ClosureReviewPage />, OFFICE_ME),
      '/rectification/review',
    );
    const queue = await screen.findByTestId('review-queue', {}, WAIT);
    const row = await within(queue).findByTestId('item-row', {}, WAIT);
    expect(calls[0]?.url).toContain('state=closureRequested');
    const flags = within(row).getAllByTestId('item-flag');
    expect(flags.map((f) => f.getAttribute('data-code'))).toEqual([
      'quickClosure',
      'pastedWording',
    ]);
    expect(flags[0]?.textContent).toContain('批准后 2 天即申请销号');
    expect(within(row).getByTestId('item-evidence').textContent).toContain('整改照片.jpg');
    expect(within(row).getByTestId('item-action-close')).toBeTruthy();
    expect(within(row).getByTestId('item-action-reject')).toBeTruthy();
  });
});
