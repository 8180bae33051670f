import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { useInspectorMutation } from '../api/hooks';
import { inspectorsApi } from '../api/inspectorsApi';
import { SPECIALTY_PRESETS } from '../api/types';
import type { Gender, InspectorDetail, InspectorInput } from '../api/types';
import { genderLabel } from '../labels';

interface Values {
  name: string;
  gender?: Gender;
  specialties?: string[];
  rank?: string;
  currentUnit?: string;
  hometown?: string;
  region?: string;
  available: boolean;
  eligible: boolean;
}

interface Props {
  open: boolean;
  /** null = a new inspector. */
  inspector: InspectorDetail | null;
  onClose: () => void;
  onCreated?: (inspector: InspectorDetail) => void;
}

const text = (value: string | undefined) => value?.trim() || null;

function toInput(v: Values): InspectorInput {
  return {
    name: v.name.trim(),
    gender: v.gender ?? null,
    specialties: (v.specialties ?? []).map((s) => s.trim()).filter(Boolean),
    rank: text(v.rank),
    currentUnit: text(v.currentUnit),
    hometown: text(v.hometown),
    region: text(v.region),
    available: v.available,
    eligible: v.eligible,
  };
}

/** 新增 / 编辑巡察干部: specialties, rank, unit, hometown and region (地域回避), availability. */
export function InspectorFormModal({ open, inspector, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const save = useInspectorMutation(async (values: Values) => {
    if (inspector)
      return inspectorsApi.update(inspector.id, { ...toInput(values), version: inspector.version });
    const created = await inspectorsApi.create(toInput(values));
    onCreated?.(created);
    return created;
  });
  const initialValues: Partial<Values> = inspector
    ? {
        name: inspector.name,
        gender: inspector.gender ?? undefined,
        specialties: inspector.specialties,
        rank: inspector.rank ?? undefined,
        currentUnit: inspector.currentUnit ?? undefined,
        hometown: inspector.hometown ?? undefined,
        region: inspector.region ?? undefined,
        available: inspector.available,
        eligible: inspector.eligible,
      }
    : { available: true, eligible: true, specialties: [] };

  return (
    <FormModal<Values>
      open={open}
      width={640}
      title={
        inspector ? t('inspectors.editTitle', { name: inspector.name }) : t('inspectors.create')
      }
      initialValues={initialValues}
      onCancel={onClose}
      onSubmit={(values) => save.mutateAsync(values)}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="name"
            label={t('inspectors.field.name')}
            rules={[requiredRule(t, 'inspectors.field.name')]}
          >
            <Input maxLength={50} data-testid="inspector-name" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="gender" label={t('inspectors.field.gender')}>
            <Select
              allowClear
              options={(['male', 'female'] as const).map((g) => ({
                value: g,
                label: genderLabel(g),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="specialties"
        label={t('inspectors.field.specialties')}
        extra={t('inspectors.specialtiesHint')}
      >
        <Select
          mode="tags"
          maxCount={20}
          options={SPECIALTY_PRESETS.map((s) => ({ value: s, label: s }))}
          data-testid="inspector-specialties"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="rank" label={t('inspectors.field.rank')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="currentUnit" label={t('inspectors.field.currentUnit')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="hometown"
            label={t('inspectors.field.hometown')}
            extra={t('inspectors.regionHint')}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="region" label={t('inspectors.field.region')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="available"
            label={t('inspectors.field.available')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="eligible"
            label={t('inspectors.field.eligible')}
            valuePropName="checked"
            extra={t('inspectors.eligibleHint')}
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
