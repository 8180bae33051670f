import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { usePetitionMutation } from '../api/hooks';
import { petitionsApi } from '../api/petitionsApi';
import type { PetitionDetail } from '../api/types';

interface Values {
  description: string;
  accusedIndex?: number;
}

interface Props {
  petition: PetitionDetail;
  open: boolean;
  onClose: () => void;
}

/** 生成线索: a concrete allegation from this petition, about one of its accused, into the ledger. */
export function SpawnClueModal({ petition, open, onClose }: Props) {
  const { t } = useTranslation();
  const spawn = usePetitionMutation((values: Values) =>
    petitionsApi.spawnClue(petition.id, {
      description: values.description.trim(),
      accusedIndex: values.accusedIndex ?? null,
      version: petition.version,
    }),
  );
  return (
    <FormModal<Values>
      open={open}
      title={t('petitions.clue.title', { code: petition.code })}
      initialValues={{
        description: petition.summary,
        accusedIndex: petition.accused.length > 0 ? 0 : undefined,
      }}
      onCancel={onClose}
      onSubmit={(values) => spawn.mutateAsync(values)}
    >
      {petition.accused.length > 0 && (
        <Form.Item name="accusedIndex" label={t('petitions.clue.accused')}>
          <Select
            options={petition.accused.map((a, index) => ({
              value: index,
              label: [a.name, a.unitName, a.position].filter(Boolean).join(' · ') || '—',
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="description"
        label={t('petitions.clue.description')}
        extra={t('petitions.clue.hint')}
        rules={[requiredRule(t, 'petitions.clue.description')]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={10_000} showCount />
      </Form.Item>
    </FormModal>
  );
}
