import { Card, Flex, Statistic, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CLUE_ACCOUNTS } from '../api/types';
import type { AccountCounts, ClueAccount, ClueFilters, StallCounts } from '../api/types';
import { accountLabel, stallLabel } from '../labels';

type StallKey = keyof StallCounts;

interface Props {
  accounts: AccountCounts | undefined;
  stalls: StallCounts | undefined;
  filters: ClueFilters;
  /** Filter by this account (again: clear it). */
  onAccount: (account: ClueAccount | undefined) => void;
  /** Filter by 挂账 / 呆账 / 待复查 (again: clear it). */
  onStall: (stall: StallKey | undefined) => void;
}

const isActiveStall = (filters: ClueFilters, key: StallKey) =>
  key === 'reviewDue' ? filters.reviewDue === true : filters.stall === key;

function CountCard({
  title,
  value,
  active,
  danger,
  onClick,
  testId,
}: {
  title: string;
  value: number | undefined;
  active: boolean;
  danger?: boolean;
  onClick: () => void;
  testId: string;
}) {
  return (
    <Card
      size="small"
      hoverable
      onClick={onClick}
      data-testid={testId}
      data-active={active}
      role="button"
      style={{ minWidth: 104, borderColor: active ? '#1677ff' : undefined }}
    >
      <Statistic
        title={title}
        value={value ?? 0}
        styles={{ content: danger && (value ?? 0) > 0 ? { color: '#cf1322' } : undefined }}
      />
    </Card>
  );
}

/**
 * 五账 at a glance: the count in each account (over the whole visible ledger), then 挂账, 呆账 and
 * 暂存待查 due for review. Each count is a filter: click it to narrow the ledger, again to clear.
 */
export function AccountSummary({ accounts, stalls, filters, onAccount, onStall }: Props) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} data-testid="clue-summary">
      {CLUE_ACCOUNTS.map((account, index) => (
        <Flex key={account} align="center" gap={12}>
          {index > 0 && <ArrowRightOutlined style={{ color: '#bfbfbf' }} />}
          <CountCard
            title={accountLabel(account)}
            value={accounts?.[account]}
            active={filters.account === account}
            onClick={() => onAccount(filters.account === account ? undefined : account)}
            testId={`clue-account-count-${account}`}
          />
        </Flex>
      ))}
      <Typography.Text type="secondary" style={{ marginInline: 8 }}>
        |
      </Typography.Text>
      {(['pendingAccount', 'deadAccount', 'reviewDue'] as const).map((key) => (
        <CountCard
          key={key}
          title={key === 'reviewDue' ? t('clues.reviewDue') : stallLabel(key)}
          value={stalls?.[key]}
          danger
          active={isActiveStall(filters, key)}
          onClick={() => onStall(isActiveStall(filters, key) ? undefined : key)}
          testId={`clue-stall-count-${key}`}
        />
      ))}
    </Flex>
  );
}
