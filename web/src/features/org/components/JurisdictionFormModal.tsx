import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { orgKeys, useOrgMutation } from '../api/hooks';
import { orgApi } from '../api/orgApi';
import type { Jurisdiction, JurisdictionLevel } from '../api/types';

interface Values {
  name: string;
  level: JurisdictionLevel;
  code?: string;
}

export type JurisdictionEdit =
  | { mode: 'create'; parent: Jurisdiction | null; level: JurisdictionLevel }
  | { mode: 'edit'; jurisdiction: Jurisdiction };

const LEVELS: JurisdictionLevel[] = ['province', 'city', 'county'];

export function JurisdictionFormModal({
  edit,
  onClose,
}: {
  edit: JurisdictionEdit | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useOrgMutation(
    async (values: Values) => {
      if (!edit) return;
      if (edit.mode === 'edit') {
        const { jurisdiction } = edit;
        await orgApi.updateJurisdiction(jurisdiction.id, {
          name: values.name,
          code: values.code || null,
          version: jurisdiction.version,
        });
      } else {
        await orgApi.createJurisdiction({
          name: values.name,
          level: values.level,
          parentId: edit.parent?.id ?? null,
          code: values.code || null,
        });
      }
    },
    [orgKeys.jurisdictions],
  );

  const initialValues: Partial<Values> | undefined = !edit
    ? undefined
    : edit.mode === 'edit'
      ? {
          name: edit.jurisdiction.name,
          level: edit.jurisdiction.level,
          code: edit.jurisdiction.code ?? undefined,
        }
      : { level: edit.level };

  const title = !edit
    ? ''
    : edit.mode === 'edit'
      ? t('org.jurisdiction.editTitle')
      : edit.parent
        ? t('org.jurisdiction.createChildTitle', { parent: edit.parent.name })
        : t('org.jurisdiction.createTitle');

  return (
    <FormModal<Values>
      open={Boolean(edit)}
      title={title}
      initialValues={initialValues}
      onCancel={onClose}
      onSubmit={(values) => save.mutateAsync(values)}
    >
      <Form.Item
        name="name"
        label={t('org.jurisdiction.name')}
        rules={[requiredRule(t, 'org.jurisdiction.name')]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="level" label={t('org.jurisdiction.level')} rules={[{ required: true }]}>
        <Select
          disabled={edit?.mode === 'edit'}
          options={LEVELS.map((level) => ({ value: level, label: t(`org.level.${level}`) }))}
        />
      </Form.Item>
      <Form.Item name="code" label={t('org.jurisdiction.code')}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
