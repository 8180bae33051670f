import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { formatDateTime } from '../lib/format';

export interface WorkflowStep {
  action: string;
  fromState: string;
  toState: string;
  actorName: string | null;
  opinion: string | null;
  at: string;
}

interface Props {
  steps: WorkflowStep[];
  /** Labels of the record's actions and states. */
  actionLabel: (action: string) => string;
  stateLabel: (state: string) => string;
  /** Dot colour per action (blue otherwise). */
  colors?: Record<string, string>;
  empty: string;
  testId: string;
  stepTestId: string;
}

/** A record's workflow history: each step, who took it, when, the state change and the opinion. */
export function WorkflowTimeline(props: Props) {
  const { steps, actionLabel, stateLabel, colors = {} } = props;
  if (steps.length === 0) return <Empty description={props.empty} />;
  return (
    <Timeline
      data-testid={props.testId}
      items={steps.map((step, index) => ({
        key: `${step.at}-${index}`,
        color: colors[step.action] ?? 'blue',
        title: formatDateTime(step.at),
        content: (
          <div data-testid={props.stepTestId} data-action={step.action}>
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
