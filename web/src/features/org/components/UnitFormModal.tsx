import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { orgKeys, useOrgMutation } from '../api/hooks';
import { orgApi } from '../api/orgApi';
import type { UnitInput } from '../api/orgApi';
import { UNIT_TYPES } from '../api/types';
import type { Unit } from '../api/types';
import { JurisdictionSelect } from './JurisdictionSelect';
import { UnitPicker } from './UnitPicker';

export type UnitEdit = { mode: 'create'; jurisdictionId?: string } | { mode: 'edit'; unit: Unit };

/** The parent list follows the jurisdiction chosen in the same form. */
function ParentUnitField({ excludeId }: { excludeId?: string }) {
  const { t } = useTranslation();
  const jurisdictionId = Form.useWatch<string | undefined>(
    'jurisdictionId',
    Form.useFormInstance(),
  );
  return (
    <Form.Item name="parentId" label={t('org.unit.parent')}>
      <UnitPicker allowClear jurisdictionId={jurisdictionId} excludeId={excludeId} />
    </Form.Item>
  );
}

export function UnitFormModal({ edit, onClose }: { edit: UnitEdit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useOrgMutation(
    (values: UnitInput) => {
      const input = {
        ...values,
        parentId: values.parentId ?? null,
        region: values.region || null,
        code: values.code || null,
      };
      return edit?.mode === 'edit'
        ? orgApi.updateUnit(edit.unit.id, { ...input, version: edit.unit.version })
        : orgApi.createUnit(input);
    },
    [orgKeys.unitsRoot, ['org', 'unit']],
  );

  const initialValues: Partial<UnitInput> | undefined =
    edit?.mode === 'edit' ? edit.unit : { jurisdictionId: edit?.jurisdictionId };

  return (
    <FormModal<UnitInput>
      open={Boolean(edit)}
      title={edit?.mode === 'edit' ? t('org.unit.editTitle') : t('org.unit.createTitle')}
      initialValues={initialValues}
      onCancel={onClose}
      onSubmit={(values) => save.mutateAsync(values)}
    >
      <Form.Item
        name="jurisdictionId"
        label={t('org.field.jurisdiction')}
        rules={[requiredRule(t, 'org.field.jurisdiction')]}
      >
        <JurisdictionSelect disabled={edit?.mode === 'edit'} />
      </Form.Item>
      <Form.Item name="name" label={t('org.unit.name')} rules={[requiredRule(t, 'org.unit.name')]}>
        <Input />
      </Form.Item>
      <Form.Item name="type" label={t('org.unit.type')} rules={[requiredRule(t, 'org.unit.type')]}>
        <Select options={UNIT_TYPES.map((k) => ({ value: k, label: t(`org.unitType.${k}`) }))} />
      </Form.Item>
      <ParentUnitField excludeId={edit?.mode === 'edit' ? edit.unit.id : undefined} />
      <Form.Item name="region" label={t('org.unit.region')}>
        <Input />
      </Form.Item>
      <Form.Item name="code" label={t('org.unit.code')}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
