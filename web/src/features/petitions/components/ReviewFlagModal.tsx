import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { usePetitionMutation } from '../api/hooks';
import { petitionsApi } from '../api/petitionsApi';
import { REVIEW_FLAGS } from '../api/types';
import type { PetitionDetail, ReviewFlag } from '../api/types';
import { reviewFlagLabel } from '../labels';

interface Values {
  flag: ReviewFlag | 'none';
  note: string;
}

interface Props {
  petition: PetitionDetail;
  open: boolean;
  onClose: () => void;
}

/**
 * 复查: an answered or archived petition whose handling looks 偏轻偏软, procedurally wrong or
 * 避重就轻 is flagged with the reviewer's note; "followed up" clears the flag, with a note on how.
 */
export function ReviewFlagModal({ petition, open, onClose }: Props) {
  const { t } = useTranslation();
  const save = usePetitionMutation((values: Values) =>
    petitionsApi.reviewFlag(petition.id, {
      flag: values.flag === 'none' ? null : values.flag,
      note: values.note.trim(),
      version: petition.version,
    }),
  );
  const options = REVIEW_FLAGS.map((f) => ({ value: f, label: reviewFlagLabel(f) }));
  return (
    <FormModal<Values>
      open={open}
      title={t('petitions.review.title', { code: petition.code })}
      initialValues={{ flag: petition.reviewFlag ?? 'too_lenient' }}
      onCancel={onClose}
      onSubmit={(values) => save.mutateAsync(values)}
    >
      <Form.Item name="flag" label={t('petitions.review.flag')} rules={[{ required: true }]}>
        <Radio.Group
          data-testid="review-flag"
          options={
            petition.reviewFlag
              ? [...options, { value: 'none', label: t('petitions.review.clear') }]
              : options
          }
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('petitions.review.note')}
        rules={[requiredRule(t, 'petitions.review.note')]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
