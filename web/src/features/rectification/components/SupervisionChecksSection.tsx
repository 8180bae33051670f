import { useState } from 'react';
import type { HTMLAttributes } from 'react';
import { Button, Card, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useChecks } from '../api/hooks';
import type { PlanDetail, SupervisionCheck } from '../api/types';
import { SUPERVISED_STATES, checkKindLabel, checkResultLabel } from '../labels';
import { CheckFormModal } from './CheckFormModal';
import { CheckResultModal } from './CheckResultModal';

const RESULT_COLORS: Record<string, string> = { passed: 'green', failed: 'red' };

function useColumns(
  itemLabel: (itemId: string | null) => string,
  onRecord: ((check: SupervisionCheck) => void) | null,
): TableColumnsType<SupervisionCheck> {
  const { t } = useTranslation();
  const columns: TableColumnsType<SupervisionCheck> = [
    {
      key: 'kind',
      title: t('rectification.check.field.kind'),
      width: 100,
      render: (_, c) => checkKindLabel(c.kind),
    },
    {
      key: 'plannedOn',
      title: t('rectification.check.field.plannedOn'),
      dataIndex: 'plannedOn',
      width: 110,
    },
    {
      key: 'item',
      title: t('rectification.check.field.item'),
      width: 240,
      render: (_, c) => <div style={{ whiteSpace: 'pre-wrap' }}>{itemLabel(c.itemId)}</div>,
    },
    {
      key: 'doneOn',
      title: t('rectification.check.field.doneOn'),
      width: 110,
      render: (_, c) => c.doneOn ?? '—',
    },
    {
      key: 'result',
      title: t('rectification.check.field.result'),
      width: 90,
      render: (_, c) =>
        c.result ? (
          <Tag color={RESULT_COLORS[c.result]} data-testid="check-result">
            {checkResultLabel(c.result)}
          </Tag>
        ) : (
          <Tag data-testid="check-result">{t('rectification.check.pending')}</Tag>
        ),
    },
    {
      key: 'note',
      title: t('rectification.check.field.note'),
      width: 260,
      render: (_, c) => <div style={{ whiteSpace: 'pre-wrap' }}>{c.note ?? '—'}</div>,
    },
  ];
  if (onRecord)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      fixed: 'right',
      render: (_, c) =>
        c.result === null && (
          <Button size="small" onClick={() => onRecord(c)} data-testid="check-record">
            {t('rectification.check.record')}
          </Button>
        ),
    });
  return columns;
}

/**
 * 督查清单: the checks of the plan and of its items (实地查看, 查阅资料…), planned and then done
 * with a result. The office or the unit's inspection team schedules and records them once the
 * plan is approved; everyone who sees the plan sees the list.
 */
export function SupervisionChecksSection({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const supervised = SUPERVISED_STATES.includes(plan.state);
  const mayAct = plan.canSupervise && supervised;
  const checks = useChecks(plan.id, supervised);
  const [adding, setAdding] = useState(false);
  const [recording, setRecording] = useState<SupervisionCheck | null>(null);
  // The dialogs mount on first use and stay (for their closing animation): rendering their
  // forms with every plan page would cost the many readers who never supervise.
  const [mounted, setMounted] = useState({ add: false, record: false });
  const openAdd = () => {
    setMounted((m) => ({ ...m, add: true }));
    setAdding(true);
  };
  const openRecord = (check: SupervisionCheck) => {
    setMounted((m) => ({ ...m, record: true }));
    setRecording(check);
  };

  const problems = new Map(plan.items.map((i) => [i.id, i.problem]));
  const itemLabel = (itemId: string | null) =>
    itemId === null
      ? t('rectification.check.wholePlan')
      : (problems.get(itemId) ?? t('rectification.followUp.missingItem'));
  const columns = useColumns(itemLabel, mayAct ? openRecord : null);

  return (
    <Card
      size="small"
      title={t('rectification.check.section')}
      data-testid="plan-checks"
      extra={
        mayAct && (
          <Button icon={<PlusOutlined />} onClick={openAdd} data-testid="check-add">
            {t('rectification.check.schedule')}
          </Button>
        )
      }
    >
      {supervised ? (
        <Table<SupervisionCheck>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={checks.data?.items ?? []}
          loading={checks.isLoading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="checks-table"
          locale={{ emptyText: t('rectification.check.none') }}
          onRow={(c) =>
            ({
              'data-testid': 'check-row',
              'data-check-id': c.id,
              'data-result': c.result ?? 'pending',
            }) as HTMLAttributes<HTMLElement>
          }
        />
      ) : (
        <Typography.Text type="secondary" data-testid="checks-not-yet">
          {t('rectification.check.notYet')}
        </Typography.Text>
      )}
      {mayAct && mounted.add && (
        <CheckFormModal plan={plan} open={adding} onClose={() => setAdding(false)} />
      )}
      {mayAct && mounted.record && (
        <CheckResultModal
          check={recording}
          itemLabel={recording ? itemLabel(recording.itemId) : ''}
          onClose={() => setRecording(null)}
        />
      )}
    </Card>
  );
}
