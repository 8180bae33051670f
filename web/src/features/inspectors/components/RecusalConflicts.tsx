import { Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ruleLabel } from '../labels';

export interface ConflictView {
  rule: string;
  /** The server's sentence: names the inspector, the target and the evidence. */
  message: string;
}

interface Props {
  conflicts: ConflictView[] | undefined;
  /** The check is running. */
  checking?: boolean;
  /** The check could not be made (shown instead of a false "no conflict"). */
  failed?: boolean;
  'data-testid'?: string;
}

/**
 * Recusal conflicts as red tags naming the rule (任职回避, 地域回避 …), each with the server's
 * sentence and evidence; a green line when the check found none.
 */
export function RecusalConflicts({ conflicts, checking, failed, ...rest }: Props) {
  const { t } = useTranslation();
  const testId = rest['data-testid'] ?? 'recusal-conflicts';
  if (checking) {
    return (
      <Typography.Text type="secondary" data-testid={testId} data-state="checking">
        {t('inspectors.recusal.checking')}
      </Typography.Text>
    );
  }
  if (failed) {
    return (
      <Typography.Text type="warning" data-testid={testId} data-state="failed">
        {t('inspectors.recusal.failed')}
      </Typography.Text>
    );
  }
  if (!conflicts) return null;
  if (conflicts.length === 0) {
    return (
      <Typography.Text type="success" data-testid={testId} data-state="clear">
        <CheckCircleOutlined /> {t('inspectors.recusal.none')}
      </Typography.Text>
    );
  }
  return (
    <Space orientation="vertical" size={4} data-testid={testId} data-state="conflicts">
      {conflicts.map((c, index) => (
        <Space key={`${c.rule}-${index}`} size={4} align="start" wrap>
          <Tag color="red" data-testid="recusal-conflict" data-rule={c.rule}>
            {ruleLabel(c.rule)}
          </Tag>
          <Typography.Text type="danger">{c.message}</Typography.Text>
        </Space>
      ))}
    </Space>
  );
}
