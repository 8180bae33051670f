import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SURVEY_GRADES } from '../api/types';
import type { Activity, SurveyItem } from '../api/types';
import { activityTitle, detailLabel } from '../labels';
import { METHOD_DETAILS } from '../methodDetails';

function show(value: unknown, yes: string): string {
  if (value === true) return yes;
  if (Array.isArray(value)) return value.map((v) => show(v, yes)).join('、');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

const isSurveyItem = (value: unknown): value is SurveyItem =>
  typeof value === 'object' && value !== null && 'subject' in value;

/** An on-site record's method fields, its tallies when a survey, and its record text. */
export function ActivityDetails({
  activity,
  activities,
}: {
  activity: Activity;
  /** The round's records, to name the one a follow-up talk checks. */
  activities: Activity[];
}) {
  const { t } = useTranslation();
  const known = METHOD_DETAILS[activity.method] ?? [];
  const keys = [
    ...known.map((f) => f.key),
    ...Object.keys(activity.details).filter((k) => !known.some((f) => f.key === k)),
  ].filter((k) => activity.details[k] !== undefined && k !== 'items');
  const items = Array.isArray(activity.details.items)
    ? activity.details.items.filter(isSurveyItem)
    : [];
  const value = (key: string) => {
    if (key === 'followUpOf') {
      const earlier = activities.find((a) => a.id === activity.details.followUpOf);
      return earlier ? activityTitle(earlier) : show(activity.details.followUpOf, '');
    }
    return show(activity.details[key], t('common.yes'));
  };
  return (
    <div data-testid="activity-details">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={keys.map((key) => ({ key, label: detailLabel(key), children: value(key) }))}
      />
      {items.length > 0 && (
        <Table<SurveyItem>
          size="small"
          rowKey="subject"
          pagination={false}
          style={{ marginTop: 8, maxWidth: 640 }}
          dataSource={items}
          columns={[
            { title: t('rounds.detail.subject'), dataIndex: 'subject' },
            ...SURVEY_GRADES.map((grade) => ({
              title: t(`rounds.grade.${grade}`),
              dataIndex: grade,
            })),
          ]}
        />
      )}
      {activity.record && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0 }}>
          {activity.record}
        </Typography.Paragraph>
      )}
    </div>
  );
}
