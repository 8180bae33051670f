import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { isAfterTodayCst } from '../../../lib/chinaDate';
import { UnitPicker } from '../../org/components/UnitPicker';
import { useInspectorMutation } from '../api/hooks';
import { inspectorsApi } from '../api/inspectorsApi';
import type { InspectorDetail } from '../api/types';

interface Values {
  unitId?: string;
  unitName?: string;
  position?: string;
  fromOn: Dayjs;
  toOn?: Dayjs;
}

const day = (value: Dayjs | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** 工作经历: a unit from the register (or its name when not there), post and period (任职回避). */
export function PositionModal({
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
    inspectorsApi.addPosition(inspector.id, {
      unitId: v.unitId ?? null,
      unitName: v.unitName?.trim() || null,
      position: v.position?.trim() || null,
      fromOn: day(v.fromOn) ?? '',
      toOn: day(v.toOn),
    }),
  );
  return (
    <FormModal<Values>
      open={open}
      title={t('inspectors.position.add')}
      onCancel={onClose}
      onSubmit={(values) => add.mutateAsync(values)}
    >
      <Form.Item name="unitId" label={t('inspectors.position.unit')}>
        <UnitPicker allowClear style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="unitName"
        label={t('inspectors.position.unitName')}
        dependencies={['unitId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              getFieldValue('unitId') || (typeof value === 'string' && value.trim())
                ? Promise.resolve()
                : Promise.reject(new Error(t('inspectors.position.unitRequired'))),
          }),
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="position" label={t('inspectors.position.position')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="fromOn"
        label={t('inspectors.position.fromOn')}
        rules={[requiredRule(t, 'inspectors.position.fromOn')]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={isAfterTodayCst} />
      </Form.Item>
      <Form.Item
        name="toOn"
        label={t('inspectors.position.toOn')}
        extra={t('inspectors.position.toOnHint')}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
