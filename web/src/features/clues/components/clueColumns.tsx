import type { CSSProperties, HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { Space, Tag, Typography, theme } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLUE_ACCOUNTS } from '../api/types';
import type { ClueAccount, ClueSummary } from '../api/types';
import {
  accountLabel,
  agingOf,
  dayOf,
  disciplineLabel,
  disposalLabel,
  focusLabel,
  outcomeLabel,
  reachedAt,
  sourceLabel,
  unitPositionLine,
} from '../labels';
import type { Aging } from '../labels';
import { ClueAccountTag, ClueFlags } from './ClueTags';

/** The row's test handle (`clue-row-<code>`), for the browser tests. */
export const clueRowProps = (clue: ClueSummary) =>
  ({ 'data-testid': `clue-row-${clue.code}` }) as HTMLAttributes<HTMLElement>;

function useAgingBackground(): (aging: Aging | null) => CSSProperties | undefined {
  const { token } = theme.useToken();
  return (aging) =>
    aging === 'red'
      ? { background: token.colorErrorBg }
      : aging === 'gold'
        ? { background: token.colorWarningBg }
        : aging === 'green'
          ? { background: token.colorSuccessBg }
          : undefined;
}

/** One account column's cell: the day the clue reached it; the current one with its age. */
function AccountCell({ clue, account }: { clue: ClueSummary; account: ClueAccount }) {
  const { t } = useTranslation();
  const day = dayOf(reachedAt(clue, account));
  const current = clue.account === account;
  if (!current) {
    return (
      <Typography.Text
        type="secondary"
        data-testid={`clue-account-cell-${account}`}
        data-current="false"
      >
        {day ?? ''}
      </Typography.Text>
    );
  }
  const aging = agingOf(clue);
  return (
    <Space
      orientation="vertical"
      size={0}
      data-testid={`clue-account-cell-${account}`}
      data-current="true"
      data-aging={aging ?? 'none'}
    >
      <Typography.Text strong>{day ?? '—'}</Typography.Text>
      {aging && (
        <Tag color={aging} data-testid="clue-age">
          {t('clues.ageDays', { count: clue.ageDays })}
        </Tag>
      )}
    </Space>
  );
}

/** 处置方式 / 办理结果 in one cell. */
export function OutcomeCell({ clue }: { clue: ClueSummary }) {
  const { t } = useTranslation();
  if (!clue.disposal && !clue.outcome) return <>—</>;
  return (
    <Space orientation="vertical" size={0}>
      {clue.disposal && <span>{disposalLabel(clue.disposal)}</span>}
      {clue.outcome && (
        <Space size={4}>
          <span>{outcomeLabel(clue.outcome)}</span>
          {clue.falseAccusation && <Tag color="red">{t('clues.falseAccusation')}</Tag>}
        </Space>
      )}
    </Space>
  );
}

export function FocusCell({ clue }: { clue: ClueSummary }) {
  if (!clue.focus && clue.disciplines.length === 0) return <>—</>;
  return (
    <Space size={[0, 4]} wrap>
      {clue.focus && <span>{focusLabel(clue.focus)}</span>}
      {clue.disciplines.map((d) => (
        <Tag key={d}>{disciplineLabel(d)}</Tag>
      ))}
    </Space>
  );
}

interface Options {
  /** The five accounts as columns (the ledger); else one column with the current account. */
  accountColumns?: boolean;
}

/**
 * The ledger's columns: 编号, 线索来源, 被反映人, 单位职务, 问题类别, the five accounts (each the day
 * the clue reached it; the current one highlighted with its age: green < 30 days, gold < 60,
 * red from 60 or 挂账/呆账), 接收单位 and 处置方式/办理结果.
 */
export function useClueColumns({ accountColumns = true }: Options = {}) {
  const { t } = useTranslation();
  const background = useAgingBackground();

  const accounts: TableColumnsType<ClueSummary> = accountColumns
    ? CLUE_ACCOUNTS.map((account) => ({
        key: account,
        title: accountLabel(account),
        align: 'center' as const,
        onCell: (clue: ClueSummary) => ({
          style: clue.account === account ? background(agingOf(clue)) : undefined,
        }),
        render: (_: unknown, clue: ClueSummary) => <AccountCell clue={clue} account={account} />,
      }))
    : [
        {
          key: 'account',
          title: t('clues.field.account'),
          render: (_: unknown, clue: ClueSummary) => {
            const aging = agingOf(clue);
            return (
              <Space size={4}>
                <ClueAccountTag account={clue.account} />
                {aging && (
                  <Tag color={aging} data-testid="clue-age">
                    {t('clues.ageDays', { count: clue.ageDays })}
                  </Tag>
                )}
              </Space>
            );
          },
        },
      ];

  const columns: TableColumnsType<ClueSummary> = [
    {
      key: 'code',
      title: t('clues.field.code'),
      fixed: 'left',
      render: (_, clue) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/clues/${clue.id}`} data-testid="clue-link">
            {clue.code}
          </Link>
          <ClueFlags clue={clue} />
        </Space>
      ),
    },
    {
      key: 'source',
      title: t('clues.field.source'),
      render: (_, clue) => sourceLabel(clue.source),
    },
    {
      key: 'accused',
      title: t('clues.field.accused'),
      render: (_, clue) => clue.accusedName ?? '—',
    },
    {
      key: 'unitPosition',
      title: t('clues.field.unitPosition'),
      render: (_, clue) => unitPositionLine(clue),
    },
    {
      key: 'focus',
      title: t('clues.field.focus'),
      render: (_, clue) => <FocusCell clue={clue} />,
    },
    ...accounts,
    {
      key: 'receiver',
      title: t('clues.field.receiver'),
      render: (_, clue) => clue.receiverName ?? '—',
    },
    {
      key: 'outcome',
      title: t('clues.field.disposalOutcome'),
      render: (_, clue) => <OutcomeCell clue={clue} />,
    },
  ];
  return columns;
}
