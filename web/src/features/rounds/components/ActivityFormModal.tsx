import {
  Button,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import { useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import { ACTIVITY_METHODS, SURVEY_GRADES } from '../api/types';
import type { Activity, ActivityMethod, RoundDetail } from '../api/types';
import { activityTitle, detailLabel, methodLabel } from '../labels';
import { METHOD_DETAILS, UNANNOUNCED_METHODS, cleanDetails } from '../methodDetails';
import type { DetailField } from '../methodDetails';

interface Values {
  unitId: string;
  method: ActivityMethod;
  occurredOn: Dayjs;
  place?: string;
  summary: string;
  record?: string;
  unannounced?: boolean;
  details?: Record<string, unknown>;
}

const GRADE_WIDTH = 96;

function DetailInput({ field, earlier }: { field: DetailField; earlier: Activity[] }) {
  const { t } = useTranslation();
  const label = detailLabel(field.key);
  const rules = field.required
    ? [{ required: true, message: t('validation.required', { field: label }) }]
    : [];
  const name = ['details', field.key];
  const testId = `activity-detail-${field.key}`;
  switch (field.kind) {
    case 'text':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <Input maxLength={200} data-testid={testId} />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={5000}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'list':
      return (
        <Form.Item name={name} label={label} rules={rules} extra={t('rounds.activity.listHint')}>
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、', ';', '；']}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item name={name} label={label} rules={rules}>
          <InputNumber min={0} precision={0} style={{ width: 160 }} data-testid={testId} />
        </Form.Item>
      );
    case 'activity':
      return (
        <Form.Item
          name={name}
          label={label}
          rules={rules}
          extra={t('rounds.activity.followUpHint')}
        >
          <Select
            allowClear
            data-testid={testId}
            options={earlier.map((a) => ({ value: a.id, label: activityTitle(a) }))}
          />
        </Form.Item>
      );
    case 'survey':
      return (
        <Form.Item label={label} required={field.required} extra={t('rounds.activity.surveyHint')}>
          <Form.List
            name={name}
            rules={
              field.required
                ? [
                    {
                      validator: async (_rule, items?: unknown[]) => {
                        if (!items || items.length === 0)
                          throw new Error(t('validation.required', { field: label }));
                      },
                    },
                  ]
                : []
            }
          >
            {(rows, { add, remove }, { errors }) => (
              <>
                {rows.map((row) => (
                  <Space key={row.key} align="baseline" wrap data-testid="activity-survey-row">
                    <Form.Item
                      name={[row.name, 'subject']}
                      rules={[requiredRule(t, 'rounds.detail.subject')]}
                    >
                      <Input placeholder={t('rounds.detail.subject')} style={{ width: 200 }} />
                    </Form.Item>
                    {SURVEY_GRADES.map((grade) => (
                      <Form.Item key={grade} name={[row.name, grade]} initialValue={0}>
                        <InputNumber
                          min={0}
                          precision={0}
                          style={{ width: GRADE_WIDTH }}
                          prefix={t(`rounds.grade.${grade}`)}
                        />
                      </Form.Item>
                    ))}
                    <MinusCircleOutlined onClick={() => remove(row.name)} />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  onClick={() => add({ subject: '', excellent: 0, good: 0, fair: 0, poor: 0 })}
                  icon={<PlusOutlined />}
                  data-testid="activity-survey-add"
                >
                  {t('rounds.activity.addItem')}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
      );
  }
}

interface Props {
  round: RoundDetail;
  /** The targets this caller records at. */
  unitIds: string[];
  /** The round's records so far (a talk may follow one up). */
  activities: Activity[];
  open: boolean;
  onClose: () => void;
}

/**
 * 巡察记录: one on-site activity by method (the 13+N list), with exactly the fields that method's
 * record sheet asks for; the server's field errors land on those fields.
 */
export function ActivityFormModal({ round, unitIds, activities, open, onClose }: Props) {
  const { t } = useTranslation();
  const record = useRoundMutation((v: Values) =>
    roundsApi.recordActivity(round.id, {
      unitId: v.unitId,
      method: v.method,
      occurredOn: v.occurredOn.format('YYYY-MM-DD'),
      place: v.place?.trim() || null,
      summary: v.summary.trim(),
      record: v.record?.trim() || null,
      unannounced: UNANNOUNCED_METHODS.has(v.method) ? (v.unannounced ?? false) : false,
      details: cleanDetails(v.method, v.details),
    }),
  );
  const targets = round.targets.filter((x) => unitIds.includes(x.unitId));

  return (
    <FormModal<Values>
      open={open}
      width={720}
      title={t('rounds.activity.add')}
      initialValues={{ unitId: targets[0]?.unitId, method: 'talk', occurredOn: todayCst() }}
      onCancel={onClose}
      onSubmit={(values) => record.mutateAsync(values)}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="unitId"
            label={t('rounds.field.unit')}
            rules={[requiredRule(t, 'rounds.field.unit')]}
          >
            <Select
              options={targets.map((x) => ({ value: x.unitId, label: x.unitName }))}
              data-testid="activity-unit"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="method"
            label={t('rounds.activity.method')}
            rules={[requiredRule(t, 'rounds.activity.method')]}
          >
            <Select
              options={ACTIVITY_METHODS.map((m) => ({ value: m, label: methodLabel(m) }))}
              data-testid="activity-method"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="occurredOn"
            label={t('rounds.activity.occurredOn')}
            rules={[requiredRule(t, 'rounds.activity.occurredOn')]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={isAfterTodayCst} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="place" label={t('rounds.activity.place')}>
            <Input maxLength={200} data-testid="activity-place" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="summary"
        label={t('rounds.activity.summary')}
        rules={[requiredRule(t, 'rounds.activity.summary')]}
      >
        <Input maxLength={500} data-testid="activity-summary" />
      </Form.Item>
      <Form.Item
        noStyle
        shouldUpdate={(a: Values, b: Values) => a.method !== b.method || a.unitId !== b.unitId}
      >
        {({ getFieldValue }) => {
          const method = getFieldValue('method') as ActivityMethod | undefined;
          const unitId = getFieldValue('unitId') as string | undefined;
          if (!method) return null;
          const earlier = activities.filter((a) => a.unitId === unitId);
          return (
            <div data-testid="activity-method-fields" data-method={method}>
              {method === 'talk' && (
                <Typography.Paragraph type="secondary">
                  {t('rounds.activity.talkHint')}
                </Typography.Paragraph>
              )}
              {METHOD_DETAILS[method].map((field) => (
                <DetailInput key={`${method}-${field.key}`} field={field} earlier={earlier} />
              ))}
              {UNANNOUNCED_METHODS.has(method) && (
                <Form.Item name="unannounced" valuePropName="checked">
                  <Checkbox>{t('rounds.activity.unannounced')}</Checkbox>
                </Form.Item>
              )}
            </div>
          );
        }}
      </Form.Item>
      <Form.Item name="record" label={t('rounds.activity.record')}>
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 16 }}
          maxLength={50_000}
          data-testid="activity-record"
        />
      </Form.Item>
    </FormModal>
  );
}
