import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { requiredRule } from '../../../lib/validation';
import { isApiError } from '../../../lib/api';
import { isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import { useSession } from '../../auth/session';
import { usePetitionMutation } from '../api/hooks';
import { petitionsApi } from '../api/petitionsApi';
import { DISCIPLINES, PETITION_CHANNELS, PROBLEM_FOCUSES } from '../api/types';
import type {
  Discipline,
  DuplicateDraft,
  PetitionChannel,
  ProblemFocus,
  RegisterPetitionInput,
} from '../api/types';
import { AccusedListField } from '../components/AccusedListField';
import type { AccusedRowValue } from '../components/AccusedListField';
import { AttachmentPicker, isUploading, uploadedIds } from '../components/AttachmentPicker';
import type { PickedFile } from '../components/AttachmentPicker';
import { DepartmentSelect } from '../components/DepartmentSelect';
import { DuplicatePanel } from '../components/DuplicatePanel';
import { idNumberProblem } from '../idNumber';
import { formKeyDown } from '../keyboard';
import { channelLabel, disciplineLabel, focusLabel } from '../labels';

interface FormValues {
  channel: PetitionChannel;
  receivedOn: Dayjs;
  sourceDepartmentId?: string;
  sourceReference?: string;
  roundId?: string;
  anonymous: boolean;
  petitioner?: { name?: string; idNumber?: string; phone?: string; address?: string };
  /** The ID number fails the check but is registered as the letter gives it (flagged). */
  idNumberAsWritten?: boolean;
  accused: AccusedRowValue[];
  focus?: ProblemFocus;
  disciplines?: Discipline[];
  summary: string;
  content: string;
}

/** Where the detail page says "just registered" and offers to link a listed duplicate. */
export interface RegisteredState {
  registered: true;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const trimmed = (value: string | undefined) => value?.trim() || null;

function toInput(values: FormValues, fileIds: string[]): RegisterPetitionInput {
  const p = values.petitioner ?? {};
  return {
    channel: values.channel,
    receivedOn: values.receivedOn.format('YYYY-MM-DD'),
    sourceDepartmentId: values.sourceDepartmentId ?? null,
    sourceReference: trimmed(values.sourceReference),
    roundId: trimmed(values.roundId),
    anonymous: values.anonymous,
    petitioner: values.anonymous
      ? null
      : {
          name: trimmed(p.name),
          idNumber: trimmed(p.idNumber),
          phone: trimmed(p.phone),
          address: trimmed(p.address),
        },
    // Rows keep their order so that a server error on accused.N lands on row N.
    accused: (values.accused ?? []).map((a) => ({
      kind: a.kind,
      name: a.kind === 'person' ? trimmed(a.name) : null,
      position: a.kind === 'person' ? trimmed(a.position) : null,
      unitId: a.unitId ?? null,
      unitName: a.unitId ? null : trimmed(a.unitName),
    })),
    focus: values.focus ?? null,
    disciplines: values.disciplines ?? [],
    summary: values.summary,
    content: values.content,
    fileIds,
    keepFlagged: values.idNumberAsWritten === true,
  };
}

/** What the duplicate panel checks: who wrote, about whom, and the text. */
function draftOf(values: Partial<FormValues>): DuplicateDraft {
  const p = values.petitioner;
  return {
    petitioner:
      values.anonymous || !p
        ? null
        : {
            name: trimmed(p.name),
            idNumber: trimmed(p.idNumber),
            phone: trimmed(p.phone),
          },
    accused: (values.accused ?? [])
      .filter((a) => a && (a.name?.trim() || a.unitId || a.unitName?.trim()))
      .map((a) => ({
        kind: a.kind,
        name: trimmed(a.name)?.slice(0, 50) ?? null,
        unitId: a.unitId ?? null,
        unitName: trimmed(a.unitName)?.slice(0, 100) ?? null,
      })),
    summary: values.summary?.slice(0, 300) ?? '',
    content: values.content?.slice(0, 50_000) ?? '',
  };
}

/** 登记信访件: a keyboard-first form beside a live duplicate check. */
export function RegisterPetitionPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowError();
  const { user } = useSession();
  const [form] = Form.useForm<FormValues>();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const register = usePetitionMutation((input: RegisterPetitionInput) =>
    petitionsApi.register(input),
  );
  const values = Form.useWatch([], form) as Partial<FormValues> | undefined;
  const anonymous = values?.anonymous === true;
  const idNumber = values?.petitioner?.idNumber?.trim() ?? '';
  const idProblem = idNumber ? idNumberProblem(idNumber) : null;
  const [serverIdentityProblem, setServerIdentityProblem] = useState(false);

  const idNumberRule: FormRule = ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      if (getFieldValue('anonymous') === true || getFieldValue('idNumberAsWritten') === true)
        return;
      if (!value?.trim()) return;
      const problem = idNumberProblem(value);
      if (problem) throw new Error(t(`petitions.idNumber.${problem}`));
    },
  });

  const onFinish = (formValues: FormValues) =>
    register.mutate(toInput(formValues, uploadedIds(files)), {
      onSuccess: (detail) => {
        void message.success(t('petitions.registered', { code: detail.code }));
        const state: RegisteredState = { registered: true };
        void navigate(`/petitions/${detail.id}`, { state });
      },
      onError: (error) => {
        // The server refuses a wrong ID number or phone unless it is kept as written.
        if (
          isApiError(error) &&
          error.fieldErrors.some(
            (e) => e.path === 'petitioner.idNumber' || e.path === 'petitioner.phone',
          )
        )
          setServerIdentityProblem(true);
        showError(error, form);
      },
    });

  const submitting = register.isPending || isUploading(files);

  return (
    <Row gutter={16}>
      <Col xs={24} xl={16}>
        <Card
          title={t('menu.petitionRegister')}
          extra={<Typography.Text type="secondary">{t('petitions.form.keys')}</Typography.Text>}
        >
          <div onKeyDown={(event) => formKeyDown(event, () => form.submit())}>
            <Form<FormValues>
              form={form}
              layout="vertical"
              onFinish={onFinish}
              scrollToFirstError
              data-testid="petition-form"
              initialValues={{
                channel: 'letter',
                receivedOn: todayCst(),
                anonymous: false,
                accused: [{ kind: 'person' }],
                disciplines: [],
              }}
            >
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="channel"
                    label={t('petitions.field.channel')}
                    rules={[requiredRule(t, 'petitions.field.channel')]}
                  >
                    <Select
                      autoFocus
                      data-testid="petition-channel"
                      showSearch={{ optionFilterProp: 'label' }}
                      options={PETITION_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="receivedOn"
                    label={t('petitions.field.receivedOn')}
                    rules={[requiredRule(t, 'petitions.field.receivedOn')]}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      disabledDate={isAfterTodayCst}
                      data-testid="petition-received-on"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="roundId"
                    label={t('petitions.field.round')}
                    rules={[
                      { pattern: UUID, message: t('petitions.form.roundInvalid') },
                      {
                        required: values?.channel === 'round',
                        message: t('petitions.form.roundRequired'),
                      },
                    ]}
                    dependencies={['channel']}
                  >
                    <Input allowClear placeholder={t('petitions.form.roundPlaceholder')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="sourceDepartmentId"
                    label={t('petitions.field.sourceDepartment')}
                  >
                    <DepartmentSelect allowClear jurisdictionId={user.jurisdictionId} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="sourceReference" label={t('petitions.field.sourceReference')}>
                    <Input maxLength={100} placeholder={t('petitions.form.referencePlaceholder')} />
                  </Form.Item>
                </Col>
              </Row>

              <Form.Item
                name="anonymous"
                label={t('petitions.field.anonymous')}
                valuePropName="checked"
              >
                <Switch data-testid="petition-anonymous" />
              </Form.Item>
              {!anonymous && (
                <Row gutter={12} data-testid="petitioner-fields">
                  <Col xs={24} md={6}>
                    <Form.Item
                      name={['petitioner', 'name']}
                      label={t('petitions.petitioner.name')}
                      rules={[
                        ({ getFieldValue }) => ({
                          ...requiredRule(t, 'petitions.petitioner.name'),
                          required: getFieldValue('anonymous') !== true,
                        }),
                      ]}
                    >
                      <Input maxLength={50} data-testid="petitioner-name" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item
                      name={['petitioner', 'idNumber']}
                      label={t('petitions.petitioner.idNumber')}
                      rules={[idNumberRule]}
                      dependencies={['idNumberAsWritten']}
                      validateDebounce={300}
                    >
                      <Input maxLength={30} data-testid="petitioner-id-number" />
                    </Form.Item>
                    {(idProblem || serverIdentityProblem) && (
                      <Form.Item
                        name="idNumberAsWritten"
                        valuePropName="checked"
                        style={{ marginTop: -16 }}
                      >
                        <Checkbox>{t('petitions.idNumber.asWritten')}</Checkbox>
                      </Form.Item>
                    )}
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={['petitioner', 'phone']}
                      label={t('petitions.petitioner.phone')}
                    >
                      <Input maxLength={40} data-testid="petitioner-phone" />
                    </Form.Item>
                  </Col>
                  <Col xs={24}>
                    <Form.Item
                      name={['petitioner', 'address']}
                      label={t('petitions.petitioner.address')}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                </Row>
              )}

              <Form.Item label={t('petitions.field.accused')} required>
                <AccusedListField />
              </Form.Item>

              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name="focus" label={t('petitions.field.focus')}>
                    <Select
                      allowClear
                      options={PROBLEM_FOCUSES.map((f) => ({ value: f, label: focusLabel(f) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name="disciplines" label={t('petitions.field.disciplines')}>
                    <Select
                      mode="multiple"
                      allowClear
                      options={DISCIPLINES.map((d) => ({ value: d, label: disciplineLabel(d) }))}
                    />
                  </Form.Item>
                </Col>
              </Row>

              <Form.Item
                name="summary"
                label={t('petitions.field.summary')}
                rules={[requiredRule(t, 'petitions.field.summary')]}
              >
                <Input maxLength={300} showCount data-testid="petition-summary" />
              </Form.Item>
              <Form.Item
                name="content"
                label={t('petitions.field.content')}
                rules={[requiredRule(t, 'petitions.field.content')]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 5, maxRows: 16 }}
                  data-testid="petition-content"
                />
              </Form.Item>
              <Form.Item
                label={t('petitions.field.attachments')}
                extra={t('petitions.attachments.hint')}
              >
                <AttachmentPicker
                  value={files}
                  onChange={setFiles}
                  upload={(file) => petitionsApi.uploadFile(file)}
                />
              </Form.Item>

              <Space>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={submitting}
                  data-testid="petition-submit"
                >
                  {t('petitions.form.submit')}
                </Button>
                <Button onClick={() => void navigate('/petitions')}>{t('common.cancel')}</Button>
              </Space>
            </Form>
          </div>
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <div style={{ position: 'sticky', top: 16 }}>
          <DuplicatePanel draft={draftOf(values ?? {})} />
        </div>
      </Col>
    </Row>
  );
}
