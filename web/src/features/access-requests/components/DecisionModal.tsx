import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { accessRequestsApi, useAccessRequestMutation } from '../api/accessRequestsApi';
import type { AccessRequest } from '../api/types';

export interface PendingDecision {
  request: AccessRequest;
  approve: boolean;
}

/** A leader approves (time-boxed by the server's setting) or rejects, with an optional note. */
export function DecisionModal({
  decision,
  onClose,
}: {
  decision: PendingDecision | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decide = useAccessRequestMutation((note: string | null) =>
    accessRequestsApi.decide(decision?.request.id ?? '', {
      approve: decision?.approve ?? false,
      note,
    }),
  );
  return (
    <FormModal<{ note?: string }>
      open={decision !== null}
      title={decision?.approve ? t('accessRequests.approveTitle') : t('accessRequests.rejectTitle')}
      onCancel={onClose}
      onSubmit={({ note }) => decide.mutateAsync(note?.trim() || null)}
    >
      {decision && (
        <Typography.Paragraph type="secondary">
          {t(`accessRequests.kind.${decision.request.kind}`)} · {decision.request.reason}
        </Typography.Paragraph>
      )}
      <Form.Item name="note" label={t('accessRequests.field.note')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={500}
          data-testid="access-decision-note"
        />
      </Form.Item>
    </FormModal>
  );
}
