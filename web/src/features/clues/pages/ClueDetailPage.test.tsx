import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cstDateString } from '../../../lib/chinaDate';
import type { Me } from '../../auth/api/types';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, quietComputedStyle } from '../../petitions/test/fixtures';
import { pickOption } from '../../rounds/test/pickOption';
import type { ClueDetail } from '../api/types';
import { OFFICE_ME, RECEIVER_ME, RECEIVERS, clueDetail } from '../test/fixtures';
import { ClueDetailPage } from './ClueDetailPage';

const WAIT = { timeout: 5000 };
const { DISCIPLINE_COMMISSION, ORGANIZATION, HOUSING } = RECEIVERS;

function render(me: Me = OFFICE_ME) {
  return renderApp(pageRoutes('/clues/:id', <ClueDetailPage />, me), '/clues/c-1');
}

const actionButtons = () =>
  [...(screen.queryByTestId('clue-actions')?.querySelectorAll('button') ?? [])].map((b) =>
    b.getAttribute('data-testid'),
  );

/** A handed-over clue the office may transfer, proposed to the discipline commission. */
const TRANSFERABLE = clueDetail({
  actions: ['transfer'],
  proposedReceiver: {
    ...DISCIPLINE_COMMISSION,
    reasons: ['反映违反党的纪律问题，移交纪检监察机关'],
  },
  receiverOptions: [DISCIPLINE_COMMISSION, ORGANIZATION, HOUSING],
});

/** A clue under supervision at the receiver, whose disposal was reported. */
const SUPERVISED = clueDetail({
  account: 'underSupervision',
  transferredAt: '2026-11-05T02:00:00.000Z',
  supervisedAt: '2026-11-06T02:00:00.000Z',
  receiverDepartmentId: 'd-disc',
  receiverName: '清河县纪委监委',
  disposal: 'preliminaryVerification',
  disposalOn: '2026-11-10',
  version: 7,
  actions: ['report_disposal', 'close'],
  transfers: [
    {
      id: 't-1',
      receiverDepartmentId: 'd-disc',
      receiverName: '清河县纪委监委',
      proposedDepartmentId: 'd-disc',
      changeReason: null,
      letterNumber: '巡移〔2026〕3号',
      transferredOn: '2026-11-05',
      transferredBy: 'u-office',
      transferredByName: '巡察办 周主任',
      feedbackDueOn: '2026-12-05',
      onPaper: false,
      acknowledgedAt: '2026-11-06T02:00:00.000Z',
      acknowledgedByName: '县纪委 李',
    },
  ],
});

describe('ClueDetailPage', { timeout: 30_000 }, () => {
  beforeEach(quietComputedStyle);

  it('shows the account and exactly the steps the server lists', async () => {
    mockFetch({
      'GET /api/clues/c-1': {
        body: clueDetail({ actions: ['hand_over', 'transfer', 'not_a_known_step'] }),
      },
    });
    render();
    await screen.findByTestId('clue-detail', {}, WAIT);
    expect(actionButtons()).toEqual(['clue-action-hand_over', 'clue-action-transfer']);
    expect(screen.getByTestId('clue-actions').textContent?.replace(/\s/g, '')).toBe('交账移交');
    const account = screen.getByTestId('clue-detail-account');
    expect(account.textContent).toBe('交账');
    expect(account.getAttribute('data-account')).toBe('handedOver');
    // Evidence links to the petition and to the round of the on-site record.
    expect(screen.getByTestId('clue-evidence-petition').getAttribute('href')).toBe(
      '/petitions/p-1',
    );
    expect(screen.getByTestId('clue-evidence-activity').getAttribute('href')).toBe('/rounds/r-1');
  });

  it('shows no step when the server lists none, and the transfers with their letters', async () => {
    mockFetch({ 'GET /api/clues/c-1': { body: { ...SUPERVISED, actions: [] } } });
    render(RECEIVER_ME);
    await screen.findByTestId('clue-detail', {}, WAIT);
    expect(actionButtons()).toEqual([]);
    expect(screen.getByTestId('clue-detail-account').getAttribute('data-account')).toBe(
      'underSupervision',
    );
    const transfers = screen.getByTestId('clue-transfers');
    expect(within(transfers).getByTestId('clue-transfer-letter').textContent).toBe(
      '巡移〔2026〕3号',
    );
    expect(within(transfers).getByTestId('clue-transfer-acknowledged').textContent).toContain(
      '县纪委 李',
    );
  });

  it('proposes the receiver with its reasons and sends it as chosen, without a reason', async () => {
    let transferred = false;
    const { calls } = mockFetch({
      'GET /api/clues/c-1': () => ({
        body: transferred
          ? clueDetail({ account: 'transferred', actions: [], version: 4 })
          : TRANSFERABLE,
      }),
      'POST /api/clues/c-1/transfers': () => {
        transferred = true;
        return {
          status: 201,
          body: clueDetail({ account: 'transferred', actions: [], version: 4 }),
        };
      },
    });
    render();
    fireEvent.click(await screen.findByTestId('clue-action-transfer', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    const proposed = within(dialog).getByTestId('transfer-proposed');
    expect(proposed.getAttribute('data-department-id')).toBe('d-disc');
    expect(proposed.textContent).toContain('清河县纪委监委');
    expect(proposed.textContent).toContain('移交纪检监察机关');
    // Preselected, and no reason asked while it stays.
    expect(within(dialog).getByTestId('transfer-receiver').textContent).toContain('清河县纪委监委');
    expect(within(dialog).queryByTestId('transfer-change-reason')).toBeNull();
    expect(within(dialog).queryByTestId('transfer-review-missing')).toBeNull();

    fireEvent.click(screen.getByTestId('transfer-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true), WAIT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      version: 3,
      receiverDepartmentId: 'd-disc',
      changeReason: null,
      feedbackDueOn: null,
      opinion: null,
    });
    await waitFor(
      () =>
        expect(screen.getByTestId('clue-detail-account').getAttribute('data-account')).toBe(
          'transferred',
        ),
      WAIT,
    );
  });

  it('asks why another receiver is chosen, and says when it is served on paper', async () => {
    const { calls } = mockFetch({
      'GET /api/clues/c-1': { body: TRANSFERABLE },
      'POST /api/clues/c-1/transfers': { status: 201, body: TRANSFERABLE },
    });
    render();
    fireEvent.click(await screen.findByTestId('clue-action-transfer', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    await pickOption('transfer-receiver', /清河县住建局/);
    expect(await within(dialog).findByTestId('transfer-on-paper')).toBeTruthy();
    expect(within(dialog).getByTestId('transfer-receiver').textContent).toContain('纸质送达');
    const reason = await within(dialog).findByTestId('transfer-change-reason');
    fireEvent.click(screen.getByTestId('transfer-submit'));
    expect(await within(dialog).findByText('请说明改变接收单位的理由', {}, WAIT)).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(reason, { target: { value: '主要反映工程建设业务问题' } });
    fireEvent.click(screen.getByTestId('transfer-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true), WAIT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      version: 3,
      receiverDepartmentId: 'd-housing',
      changeReason: '主要反映工程建设业务问题',
      feedbackDueOn: null,
      opinion: null,
    });
  });

  it('will not transfer before the collective review', async () => {
    mockFetch({ 'GET /api/clues/c-1': { body: { ...TRANSFERABLE, reviewMissing: true } } });
    render();
    fireEvent.click(await screen.findByTestId('clue-action-transfer', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('transfer-review-missing').textContent).toContain('集体研判');
    expect(screen.getByTestId('transfer-submit').hasAttribute('disabled')).toBe(true);
  });

  it('closes only with an outcome, and takes 诬告 only with 澄清正名', async () => {
    const { calls } = mockFetch({
      'GET /api/clues/c-1': { body: SUPERVISED },
      'POST /api/clues/c-1/transitions': {
        body: clueDetail({ ...SUPERVISED, account: 'closed', actions: [] }),
      },
    });
    render(RECEIVER_ME);
    fireEvent.click(await screen.findByTestId('clue-action-close', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    // No 报告处置方式 fields and no scans (the receiver has accounts).
    expect(within(dialog).queryByTestId('clue-disposal')).toBeNull();
    expect(within(dialog).queryByTestId('clue-scans')).toBeNull();
    expect(within(dialog).getByTestId('clue-outcome-on')).toBeTruthy();
    const falseAccusation = () =>
      within(dialog).getByTestId<HTMLInputElement>('clue-false-accusation');
    expect(falseAccusation().disabled).toBe(true);

    fireEvent.click(screen.getByTestId('clue-transition-submit'));
    expect(await within(dialog).findByText('请填写办理结果', {}, WAIT)).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await pickOption('clue-outcome', '澄清正名');
    await waitFor(() => expect(falseAccusation().disabled).toBe(false));
    fireEvent.click(falseAccusation());
    expect(falseAccusation().checked).toBe(true);
    fireEvent.change(within(dialog).getByTestId('clue-outcome-note'), {
      target: { value: '经核实，反映问题不属实，予以澄清' },
    });
    fireEvent.click(screen.getByTestId('clue-transition-submit'));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true), WAIT);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      action: 'close',
      version: 7,
      outcome: 'clearance',
      outcomeOn: cstDateString(),
      outcomeNote: '经核实，反映问题不属实，予以澄清',
      falseAccusation: true,
    });
  });

  it('asks the office for the scans when it records a paper receiver’s step', async () => {
    const onPaper: ClueDetail = {
      ...SUPERVISED,
      account: 'transferred',
      supervisedAt: null,
      disposal: null,
      actsOnBehalf: true,
      receiverName: '清河县住建局',
      actions: ['acknowledge'],
    };
    const { calls } = mockFetch({ 'GET /api/clues/c-1': { body: onPaper } });
    render();
    fireEvent.click(await screen.findByTestId('clue-action-acknowledge', {}, WAIT));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('clue-scans')).toBeTruthy();
    expect(within(dialog).getByTestId('clue-transition-opinion')).toBeTruthy();
    fireEvent.click(screen.getByTestId('clue-transition-submit'));
    expect(
      await within(dialog).findByText('请上传接收单位书面回复的扫描件', {}, WAIT),
    ).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
