import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { ClueDetail } from '../api/types';
import { accountLabel, actionLabel } from '../labels';

const COLORS: Record<string, string> = { transfer: 'purple', close: 'green' };

/** 流转记录: every step with who took it, when, the account change and the opinion given. */
export function ClueTimeline({ clue }: { clue: ClueDetail }) {
  const { t } = useTranslation();
  if (clue.timeline.length === 0) return <Empty description={t('clues.timeline.empty')} />;
  return (
    <Timeline
      data-testid="clue-timeline"
      items={clue.timeline.map((step, index) => ({
        key: `${step.at}-${index}`,
        color: COLORS[step.action] ?? 'blue',
        title: formatDateTime(step.at),
        content: (
          <div data-testid="clue-timeline-step" data-action={step.action}>
            <Space size={6} wrap>
              <Typography.Text strong>{actionLabel(step.action)}</Typography.Text>
              <Typography.Text type="secondary">{step.actorName ?? '—'}</Typography.Text>
              {step.fromState !== step.toState && (
                <Space size={2}>
                  <Tag>{accountLabel(step.fromState)}</Tag>
                  <ArrowRightOutlined />
                  <Tag>{accountLabel(step.toState)}</Tag>
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
