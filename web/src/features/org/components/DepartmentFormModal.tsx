import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { useOrgMutation } from '../api/hooks';
import { orgApi } from '../api/orgApi';
import type { DepartmentInput } from '../api/orgApi';
import { DEPARTMENT_KINDS } from '../api/types';
import type { Department } from '../api/types';
import { JurisdictionSelect } from './JurisdictionSelect';

export type DepartmentEdit =
  { mode: 'create'; jurisdictionId?: string } | { mode: 'edit'; department: Department };

export function DepartmentFormModal({
  edit,
  onClose,
}: {
  edit: DepartmentEdit | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useOrgMutation(
    (values: DepartmentInput) =>
      edit?.mode === 'edit'
        ? orgApi.updateDepartment(edit.department.id, {
            ...values,
            version: edit.department.version,
          })
        : orgApi.createDepartment(values),
    [['org', 'departments']],
  );

  const initialValues: Partial<DepartmentInput> | undefined =
    edit?.mode === 'edit'
      ? edit.department
      : { jurisdictionId: edit?.jurisdictionId, hasAccounts: false };

  return (
    <FormModal<DepartmentInput>
      open={Boolean(edit)}
      title={
        edit?.mode === 'edit' ? t('org.department.editTitle') : t('org.department.createTitle')
      }
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
      <Form.Item
        name="name"
        label={t('org.department.name')}
        rules={[requiredRule(t, 'org.department.name')]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('org.department.kind')}
        rules={[requiredRule(t, 'org.department.kind')]}
      >
        <Select
          options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`org.departmentKind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="hasAccounts"
        label={t('org.department.hasAccounts')}
        valuePropName="checked"
        extra={t('org.department.hasAccountsHint')}
      >
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
