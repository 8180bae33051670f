import { Steps } from 'antd';
import { CLUE_ACCOUNTS } from '../api/types';
import type { ClueDetail } from '../api/types';
import { accountLabel, dayOf, reachedAt } from '../labels';

/** 五账 as steps: each with the day the clue reached it; the current one in progress. */
export function ClueAccountSteps({ clue }: { clue: ClueDetail }) {
  const current = CLUE_ACCOUNTS.indexOf(clue.account);
  const done = clue.account === 'closed';
  return (
    <div data-testid="clue-account-steps">
      <Steps
        size="small"
        titlePlacement="vertical"
        current={current}
        items={CLUE_ACCOUNTS.map((account, index) => ({
          key: account,
          title: accountLabel(account),
          status: done || index < current ? 'finish' : index === current ? 'process' : 'wait',
          content: dayOf(reachedAt(clue, account)) ?? undefined,
        }))}
      />
    </div>
  );
}
