import { Form, Input, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { orgKeys, useOrgMutation } from '../api/hooks';
import { orgApi } from '../api/orgApi';
import type { CadreInput } from '../api/orgApi';
import { CADRE_LEVELS } from '../api/types';
import type { Cadre } from '../api/types';
import { UnitPicker } from './UnitPicker';

export type CadreEdit = { mode: 'create'; unitId?: string } | { mode: 'edit'; cadre: Cadre };

export function CadreFormModal({ edit, onClose }: { edit: CadreEdit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useOrgMutation(
    (values: CadreInput) => {
      const input = { ...values, gender: values.gender ?? null };
      return edit?.mode === 'edit'
        ? orgApi.updateCadre(edit.cadre.id, { ...input, version: edit.cadre.version })
        : orgApi.createCadre(input);
    },
    // Cadre counts show on the unit list too.
    [orgKeys.cadresRoot, orgKeys.unitsRoot],
  );

  const initialValues: Partial<CadreInput> | undefined =
    edit?.mode === 'edit' ? edit.cadre : { unitId: edit?.unitId, isLeadershipMember: false };

  return (
    <FormModal<CadreInput>
      open={Boolean(edit)}
      title={edit?.mode === 'edit' ? t('org.cadre.editTitle') : t('org.cadre.createTitle')}
      initialValues={initialValues}
      onCancel={onClose}
      onSubmit={(values) => save.mutateAsync(values)}
    >
      <Form.Item
        name="unitId"
        label={t('org.cadre.unit')}
        rules={[requiredRule(t, 'org.cadre.unit')]}
      >
        <UnitPicker />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('org.cadre.name')}
        rules={[requiredRule(t, 'org.cadre.name')]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="gender" label={t('org.cadre.gender')}>
        <Radio.Group
          options={[
            { value: 'male', label: t('org.gender.male') },
            { value: 'female', label: t('org.gender.female') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="position"
        label={t('org.cadre.position')}
        rules={[requiredRule(t, 'org.cadre.position')]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="level"
        label={t('org.cadre.level')}
        rules={[requiredRule(t, 'org.cadre.level')]}
      >
        <Select
          options={CADRE_LEVELS.map((k) => ({ value: k, label: t(`org.cadreLevel.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="isLeadershipMember"
        label={t('org.cadre.isLeadershipMember')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
