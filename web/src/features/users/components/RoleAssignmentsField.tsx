import { Button, Form, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../../../components/RoleTag';
import { JurisdictionSelect } from '../../org/components/JurisdictionSelect';
import { TeamSelect } from '../../org/components/TeamSelect';
import { UnitPicker } from '../../org/components/UnitPicker';
import type { RoleDefinition } from '../api/types';
import { scopeOf } from '../roleAssignments';

interface RowProps {
  name: number;
  definitions: RoleDefinition[];
  onRemove: () => void;
}

function RoleRow({ name, definitions, onRemove }: RowProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const role = Form.useWatch<string | undefined>(['roles', name, 'role'], form);
  const jurisdictionId = Form.useWatch<string | undefined>(['roles', name, 'jurisdictionId'], form);
  const scope = scopeOf(definitions, role);

  return (
    <Space align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
      <Form.Item
        name={[name, 'role']}
        rules={[{ required: true, message: t('users.form.roleRequired') }]}
        style={{ marginBottom: 0 }}
      >
        <Select
          style={{ width: 170 }}
          placeholder={t('users.form.role')}
          options={definitions.map((d) => ({ value: d.code, label: roleLabel(d.code) }))}
        />
      </Form.Item>
      <Form.Item
        name={[name, 'jurisdictionId']}
        rules={[{ required: true }]}
        style={{ marginBottom: 0 }}
      >
        <JurisdictionSelect style={{ width: 180 }} />
      </Form.Item>
      {scope === 'team' && (
        <Form.Item
          name={[name, 'teamId']}
          rules={[{ required: true, message: t('users.form.teamRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <TeamSelect jurisdictionId={jurisdictionId} style={{ width: 180 }} />
        </Form.Item>
      )}
      {scope === 'unit' && (
        <Form.Item
          name={[name, 'unitId']}
          rules={[{ required: true, message: t('users.form.unitRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <UnitPicker jurisdictionId={jurisdictionId} style={{ width: 200 }} />
        </Form.Item>
      )}
      <Button
        type="text"
        danger
        icon={<MinusCircleOutlined />}
        aria-label={t('users.form.removeRole')}
        onClick={onRemove}
      />
    </Space>
  );
}

export function RoleAssignmentsField({
  definitions,
  defaultJurisdictionId,
}: {
  definitions: RoleDefinition[];
  defaultJurisdictionId: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name="roles">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <RoleRow
              key={field.key}
              name={field.name}
              definitions={definitions}
              onRemove={() => remove(field.name)}
            />
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ jurisdictionId: defaultJurisdictionId })}
          >
            {t('users.form.addRole')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
