import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { UnitPicker } from '../../org/components/UnitPicker';
import { useInspectorMutation } from '../api/hooks';
import { inspectorsApi } from '../api/inspectorsApi';
import type { InspectorDetail } from '../api/types';

interface Values {
  name: string;
  relation: string;
  unitId?: string;
  unitName?: string;
  position?: string;
}

/** 亲属及其任职: a relative holding a post in a target is a 公务回避 case. */
export function RelativeModal({
  inspector,
  open,
  onClose,
}: {
  inspector: InspectorDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useInspectorMutation((v: Values) =>
    inspectorsApi.addRelative(inspector.id, {
      name: v.name.trim(),
      relation: v.relation.trim(),
      unitId: v.unitId ?? null,
      unitName: v.unitName?.trim() || null,
      position: v.position?.trim() || null,
    }),
  );
  return (
    <FormModal<Values>
      open={open}
      title={t('inspectors.relative.add')}
      onCancel={onClose}
      onSubmit={(values) => add.mutateAsync(values)}
    >
      <Form.Item
        name="name"
        label={t('inspectors.relative.name')}
        rules={[requiredRule(t, 'inspectors.relative.name')]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="relation"
        label={t('inspectors.relative.relation')}
        rules={[requiredRule(t, 'inspectors.relative.relation')]}
      >
        <Input maxLength={20} placeholder={t('inspectors.relative.relationPlaceholder')} />
      </Form.Item>
      <Form.Item name="unitId" label={t('inspectors.relative.unit')}>
        <UnitPicker allowClear style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="unitName" label={t('inspectors.relative.unitName')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="position" label={t('inspectors.relative.position')}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}
