import { useState } from 'react';
import { Link } from 'react-router';
import { Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClues } from '../api/hooks';
import type { ClueAccount, ClueFilters, ClueSummary } from '../api/types';
import { FocusCell, OutcomeCell, clueRowProps } from '../components/clueColumns';
import { ClueAccountTag, ClueFlags } from '../components/ClueTags';
import { agingOf, dayOf, unitPositionLine } from '../labels';

/** The receiver's three groups: 待签收 (转账), 办理中 (查账), 已办结 (销账). */
const GROUPS = [
  { key: 'pending', account: 'transferred' },
  { key: 'inProgress', account: 'underSupervision' },
  { key: 'done', account: 'closed' },
] as const satisfies readonly { key: string; account: ClueAccount }[];
type Group = (typeof GROUPS)[number]['key'];

/**
 * 线索收件箱: the clues transferred to the caller's department (纪委监委, 组织部), grouped by what is
 * still to do: sign for them, report the disposal and close them with the outcome.
 */
export function ClueInboxPage() {
  const { t } = useTranslation();
  const [group, setGroup] = useState<Group>('pending');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const account = GROUPS.find((g) => g.key === group)?.account ?? 'transferred';
  const filters: ClueFilters = { ...paging, inbox: true, account };
  const clues = useClues(filters);

  const columns: TableColumnsType<ClueSummary> = [
    {
      key: 'code',
      title: t('clues.field.code'),
      render: (_, clue) => (
        <Space orientation="vertical" size={2}>
          <Link to={`/clues/${clue.id}`} data-testid="clue-link">
            {clue.code}
          </Link>
          <ClueFlags clue={clue} />
        </Space>
      ),
    },
    { key: 'accused', title: t('clues.field.accused'), render: (_, c) => c.accusedName ?? '—' },
    {
      key: 'unitPosition',
      title: t('clues.field.unitPosition'),
      render: (_, c) => unitPositionLine(c),
    },
    { key: 'focus', title: t('clues.field.focus'), render: (_, c) => <FocusCell clue={c} /> },
    {
      key: 'transferredAt',
      title: t('clues.transfer.transferredOn'),
      render: (_, c) => dayOf(c.transferredAt) ?? '—',
    },
    {
      key: 'feedbackDueOn',
      title: t('clues.field.feedbackDueOn'),
      render: (_, c) => c.feedbackDueOn ?? '—',
    },
    {
      key: 'account',
      title: t('clues.field.account'),
      render: (_, c) => {
        const aging = agingOf(c);
        return (
          <Space size={4}>
            <ClueAccountTag account={c.account} />
            {aging && (
              <Tag color={aging} data-testid="clue-age">
                {t('clues.ageDays', { count: c.ageDays })}
              </Tag>
            )}
          </Space>
        );
      },
    },
    {
      key: 'outcome',
      title: t('clues.field.disposalOutcome'),
      render: (_, c) => <OutcomeCell clue={c} />,
    },
  ];

  const onTableChange: TableProps<ClueSummary>['onChange'] = (pagination) =>
    setPaging((p) => ({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? p.pageSize,
    }));

  return (
    <Card title={t('menu.clueInbox')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented<Group>
          value={group}
          onChange={(g) => {
            setGroup(g);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          data-testid="inbox-groups"
          options={GROUPS.map((g) => ({
            value: g.key,
            label: (
              <span data-testid={`inbox-group-${g.key}`}>
                {t(`clues.inbox.${g.key}`)}
                {clues.data ? `（${clues.data.accounts[g.account]}）` : ''}
              </span>
            ),
          }))}
        />
        <Table<ClueSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={clues.data?.items}
          loading={clues.isFetching}
          scroll={{ x: 'max-content' }}
          onChange={onTableChange}
          onRow={clueRowProps}
          data-testid="inbox-table"
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: clues.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
        <Typography.Text type="secondary">{t('clues.inbox.hint')}</Typography.Text>
      </Space>
    </Card>
  );
}
