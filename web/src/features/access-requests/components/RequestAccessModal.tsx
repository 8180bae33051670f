import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { accessRequestsApi, useAccessRequestMutation } from '../api/accessRequestsApi';
import type { AccessRequestKind, CreateAccessRequestInput } from '../api/types';

interface Props {
  petitionId: string;
  /** null = closed. */
  kind: AccessRequestKind | null;
  onClose: () => void;
}

/** 申请查阅身份 / 申请复印: the reason goes to the jurisdiction's leaders for approval. */
export function RequestAccessModal({ petitionId, kind, onClose }: Props) {
  const { t } = useTranslation();
  const create = useAccessRequestMutation((input: CreateAccessRequestInput) =>
    accessRequestsApi.create(input),
  );
  return (
    <FormModal<{ reason: string }>
      open={kind !== null}
      title={
        kind === 'copy' ? t('accessRequests.requestCopy') : t('accessRequests.requestIdentity')
      }
      onCancel={onClose}
      onSubmit={({ reason }) =>
        create.mutateAsync({ kind: kind ?? 'identity', petitionId, reason })
      }
    >
      <Form.Item
        name="reason"
        label={t('accessRequests.field.reason')}
        extra={t('accessRequests.reasonHint')}
        rules={[requiredRule(t, 'accessRequests.field.reason')]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={500}
          showCount
          data-testid="access-request-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
