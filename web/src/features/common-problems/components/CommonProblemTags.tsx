import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEADLINE_TAG, ITEM_STATE_COLORS, deadlineOf } from '../../rectification/labels';
import type { CommonProblemSummary } from '../api/types';
import { stateLabel } from '../labels';

/** The deadline, coloured like an item's: red overdue, yellow within 7 days, green, grey closed. */
export function CommonDeadlineTag({ problem }: { problem: CommonProblemSummary }) {
  const { t } = useTranslation();
  const colour = deadlineOf(problem);
  return (
    <Tag color={DEADLINE_TAG[colour]} data-testid="common-deadline" data-deadline={colour}>
      {problem.dueOn}
      {problem.state !== 'closed' &&
        (problem.daysLeft < 0
          ? ` · ${t('rectification.overdueDays', { count: -problem.daysLeft })}`
          : ` · ${t('rectification.daysLeft', { count: problem.daysLeft })}`)}
    </Tag>
  );
}

export function CommonStateTag({ problem }: { problem: CommonProblemSummary }) {
  return <Tag color={ITEM_STATE_COLORS[problem.state]}>{stateLabel(problem.state)}</Tag>;
}

/** 牵头单位 in bold, then the cooperating units. */
export function UnitsCell({ problem }: { problem: CommonProblemSummary }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color="geekblue">
        {t('commonProblem.lead')}：{problem.leadUnit.name}
      </Tag>
      {problem.cooperatingUnits.map((u) => (
        <Tag key={u.id}>{u.name}</Tag>
      ))}
    </Space>
  );
}
