import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import type { ConflictView } from '../../inspectors/components/RecusalConflicts';
import { RecusalConflicts } from '../../inspectors/components/RecusalConflicts';
import { useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';

export interface OverrideTarget {
  teamId: string;
  inspectorId: string;
  conflicts: ConflictView[];
}

interface Props {
  roundId: string;
  /** null = closed. */
  target: OverrideTarget | null;
  onClose: () => void;
}

/** 申请回避例外: the office asks the leading group to allow a conflicted inspector, with a reason. */
export function OverrideRequestModal({ roundId, target, onClose }: Props) {
  const { t } = useTranslation();
  const request = useRoundMutation((reason: string) =>
    roundsApi.requestOverride(roundId, {
      teamId: target?.teamId ?? '',
      inspectorId: target?.inspectorId ?? '',
      reason,
    }),
  );
  return (
    <FormModal<{ reason: string }>
      open={target !== null}
      title={t('rounds.override.requestTitle')}
      onCancel={onClose}
      onSubmit={({ reason }) => request.mutateAsync(reason.trim())}
    >
      {target && target.conflicts.length > 0 && (
        <div style={{ marginBottom: 16 }}>
          <RecusalConflicts conflicts={target.conflicts} data-testid="override-conflicts" />
        </div>
      )}
      <Typography.Paragraph type="secondary">
        {t('rounds.override.requestHint')}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('rounds.override.reason')}
        rules={[requiredRule(t, 'rounds.override.reason')]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={1000}
          showCount
          data-testid="override-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
