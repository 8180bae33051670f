import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClueAccount, ClueSummary } from '../api/types';
import { ACCOUNT_COLORS, accountLabel, stallLabel } from '../labels';

/** The clue's current account (报账…销账). */
export function ClueAccountTag({ account, testId }: { account: string; testId?: string }) {
  return (
    <Tag
      color={ACCOUNT_COLORS[account as ClueAccount] ?? 'default'}
      data-testid={testId}
      data-account={account}
    >
      {accountLabel(account)}
    </Tag>
  );
}

/** 挂账 (past its account's deadline) or 呆账 (no movement for a long time). */
export function ClueStallTag({ stall }: { stall: string }) {
  return (
    <Tag
      color={stall === 'deadAccount' ? 'red' : 'volcano'}
      data-testid="clue-stall-tag"
      data-stall={stall}
    >
      {stallLabel(stall)}
    </Tag>
  );
}

/** 优先 (inspection clues go first), 挂账/呆账 and 保密, beside the code. */
export function ClueFlags({
  clue,
}: {
  clue: Pick<ClueSummary, 'prioritized' | 'stall' | 'confidential'>;
}) {
  const { t } = useTranslation();
  if (!clue.prioritized && !clue.stall && !clue.confidential) return null;
  return (
    <Space size={[0, 4]} wrap>
      {clue.prioritized && (
        <Tag color="magenta" data-testid="clue-prioritized">
          {t('clues.prioritized')}
        </Tag>
      )}
      {clue.stall && <ClueStallTag stall={clue.stall} />}
      {clue.confidential && <Tag color="gold">{t('clues.confidential')}</Tag>}
    </Space>
  );
}
