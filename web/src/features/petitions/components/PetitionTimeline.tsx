import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { PetitionDetail } from '../api/types';
import { actionLabel, stateLabel } from '../labels';

const COLORS: Record<string, string> = {
  reject: 'red',
  return: 'red',
  extend: 'orange',
  answer: 'green',
  archive: 'gray',
};

/** 办理过程: every step with who took it, when, the state change and the opinion given. */
export function PetitionTimeline({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  if (petition.timeline.length === 0) {
    return <Empty description={t('petitions.timeline.empty')} />;
  }
  return (
    <Timeline
      data-testid="petition-timeline"
      items={petition.timeline.map((step, index) => ({
        key: `${step.at}-${index}`,
        color: COLORS[step.action] ?? 'blue',
        title: formatDateTime(step.at),
        content: (
          <div data-testid="timeline-step" data-action={step.action}>
            <Space size={6} wrap>
              <Typography.Text strong>{actionLabel(step.action)}</Typography.Text>
              <Typography.Text type="secondary">{step.actorName ?? '—'}</Typography.Text>
              {step.fromState !== step.toState && (
                <Space size={2}>
                  <Tag>{stateLabel(step.fromState)}</Tag>
                  <ArrowRightOutlined />
                  <Tag>{stateLabel(step.toState)}</Tag>
                </Space>
              )}
            </Space>
            {step.opinion && (
              <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                {step.opinion}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
