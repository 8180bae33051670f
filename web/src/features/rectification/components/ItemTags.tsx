import { Alert, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { ItemView, PlanState } from '../api/types';
import {
  DEADLINE_TAG,
  ITEM_STATE_COLORS,
  PLAN_STATE_COLORS,
  deadlineOf,
  escalationLabel,
  flagLabel,
  itemStateLabel,
  planStateLabel,
} from '../labels';
import { evidenceUrl } from '../api/rectificationApi';

export function PlanStateTag({ state, testId }: { state: PlanState; testId?: string }) {
  return (
    <Tag color={PLAN_STATE_COLORS[state]} data-testid={testId} data-state={state}>
      {planStateLabel(state)}
    </Tag>
  );
}

export function ItemStateTag({ item }: { item: Pick<ItemView, 'state'> }) {
  return (
    <Tag color={ITEM_STATE_COLORS[item.state]} data-testid="item-state" data-state={item.state}>
      {itemStateLabel(item.state)}
    </Tag>
  );
}

/** 整改时限 with its colour: red overdue, yellow due within 7 days, green, grey once closed. */
export function DeadlineTag({
  item,
}: {
  item: Pick<ItemView, 'state' | 'overdue' | 'daysLeft' | 'dueOn'>;
}) {
  const { t } = useTranslation();
  const deadline = deadlineOf(item);
  const hint =
    deadline === 'grey'
      ? null
      : item.daysLeft < 0 || item.overdue
        ? t('rectification.overdueDays', { count: Math.abs(item.daysLeft) })
        : t('rectification.daysLeft', { count: item.daysLeft });
  return (
    <Tag color={DEADLINE_TAG[deadline]} data-testid="item-deadline" data-deadline={deadline}>
      {item.dueOn}
      {hint && ` · ${hint}`}
    </Tag>
  );
}

/** 文字整改 signs for the reviewer, each with the server's explanation. */
export function ItemFlags({
  item,
  prominent,
}: {
  item: Pick<ItemView, 'flags'>;
  prominent?: boolean;
}) {
  if (item.flags.length === 0) return null;
  if (prominent) {
    return (
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        {item.flags.map((flag) => (
          <Alert
            key={flag.code}
            type="warning"
            showIcon
            data-testid="item-flag"
            data-code={flag.code}
            title={flagLabel(flag.code)}
            description={flag.message}
          />
        ))}
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      {item.flags.map((flag) => (
        <Tooltip key={flag.code} title={flag.message}>
          <Tag color="warning" data-testid="item-flag" data-code={flag.code}>
            {flagLabel(flag.code)}：{flag.message}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

/** 督查清单: reminders, 督办函, 约谈, 移交问责 issued for the item, and its last step. */
export function ItemSupervision({ item }: { item: Pick<ItemView, 'escalations' | 'history'> }) {
  const { t } = useTranslation();
  const last = item.history[item.history.length - 1];
  return (
    <Space orientation="vertical" size={4}>
      {item.escalations.length === 0 ? (
        <Typography.Text type="secondary">{t('rectification.noEscalation')}</Typography.Text>
      ) : (
        <Space size={4} wrap>
          {item.escalations.map((e, index) => (
            <Tooltip key={`${e.kind}-${index}`} title={`${formatDate(e.issuedAt)} ${e.message}`}>
              <Tag
                color={e.kind === 'dueSoon' ? 'gold' : 'red'}
                data-testid="item-escalation"
                data-kind={e.kind}
              >
                {escalationLabel(e.kind)}
              </Tag>
            </Tooltip>
          ))}
        </Space>
      )}
      <Typography.Text type="secondary" data-testid="item-history-summary">
        {t('rectification.historySummary', {
          count: item.history.length,
          last: last ? formatDate(last.at) : '—',
        })}
      </Typography.Text>
    </Space>
  );
}

export function ItemFiles({ item }: { item: Pick<ItemView, 'id' | 'files'> }) {
  const { t } = useTranslation();
  if (item.files.length === 0)
    return <Typography.Text type="secondary">{t('rectification.noEvidence')}</Typography.Text>;
  return (
    <Space size={4} wrap data-testid="item-evidence">
      {item.files.map((f) => (
        <Tag key={f.id}>
          <a href={evidenceUrl(item.id, f.id)} download data-testid="item-evidence-file">
            {f.name}
          </a>
        </Tag>
      ))}
    </Space>
  );
}
