import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  dueOn: string | null | undefined;
  /** Days left when this date is the deadline that runs now; undefined = not running. */
  daysLeft?: number;
  /** Below or at this many days left the date shows as due soon. */
  dueSoonDays?: number;
}

/** A deadline date; the running one is red once overdue and orange when due soon. */
export function DueDate({ dueOn, daysLeft, dueSoonDays = 3 }: Props) {
  const { t } = useTranslation();
  if (!dueOn) return <>—</>;
  if (daysLeft === undefined) return <Typography.Text type="secondary">{dueOn}</Typography.Text>;
  if (daysLeft < 0) {
    return (
      <Space size={4} data-testid="petition-overdue">
        <Typography.Text type="danger">{dueOn}</Typography.Text>
        <Tag color="red">{t('petitions.overdueDays', { days: -daysLeft })}</Tag>
      </Space>
    );
  }
  if (daysLeft <= dueSoonDays) {
    return (
      <Space size={4}>
        <Typography.Text type="warning">{dueOn}</Typography.Text>
        <Tag color="orange">{t('petitions.daysLeft', { days: daysLeft })}</Tag>
      </Space>
    );
  }
  return <span>{dueOn}</span>;
}
