import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Checkbox, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { requiredRule } from '../../../lib/validation';
import { UnitPicker } from '../../org/components/UnitPicker';
import { CADRE_LEVELS } from '../../org/api/types';
import type { CadreLevel } from '../../org/api/types';
import {
  AttachmentPicker,
  isUploading,
  uploadedIds,
} from '../../petitions/components/AttachmentPicker';
import type { PickedFile } from '../../petitions/components/AttachmentPicker';
import { DISCIPLINES, PROBLEM_FOCUSES } from '../../petitions/api/types';
import type { Discipline, ProblemFocus } from '../../petitions/api/types';
import { useClueMutation } from '../api/hooks';
import { cluesApi } from '../api/cluesApi';
import { MANUAL_SOURCES } from '../api/types';
import type { ClueDetail, ClueFieldsInput, ManualSource } from '../api/types';
import { cadreLevelLabel, disciplineLabel, focusLabel, sourceLabel } from '../labels';

interface Values {
  source?: ManualSource;
  accusedName?: string;
  accusedPosition?: string;
  accusedUnitId?: string;
  accusedUnitName?: string;
  accusedCadreLevel?: CadreLevel;
  focus?: ProblemFocus;
  disciplines?: Discipline[];
  description: string;
  confidential?: boolean;
}

const text = (value: string | undefined) => value?.trim() || null;

function fieldsOf(v: Values): ClueFieldsInput {
  return {
    accusedName: text(v.accusedName),
    accusedPosition: text(v.accusedPosition),
    accusedUnitId: v.accusedUnitId ?? null,
    accusedUnitName: text(v.accusedUnitName),
    accusedCadreLevel: v.accusedCadreLevel ?? null,
    focus: v.focus ?? null,
    disciplines: v.disciplines ?? [],
    description: v.description.trim(),
    confidential: v.confidential === true,
  };
}

function valuesOf(clue: ClueDetail): Values {
  return {
    accusedName: clue.accusedName ?? undefined,
    accusedPosition: clue.accusedPosition ?? undefined,
    accusedUnitId: clue.accusedUnitId ?? undefined,
    accusedUnitName: clue.accusedUnitName ?? undefined,
    accusedCadreLevel: clue.accusedCadreLevel ?? undefined,
    focus: clue.focus ?? undefined,
    disciplines: clue.disciplines,
    description: clue.description,
    confidential: clue.confidential,
  };
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** Edit this clue (报账/交账 only); without it, register a new one. */
  clue?: ClueDetail;
}

/**
 * 新建线索: the office registers a clue from an audit, a partner department or another source
 * (petition and round clues are raised where they come from). The same form edits a clue while
 * it is in 报账 or 交账. The accused's cadre level decides the proposed receiver (干部管理权限).
 */
export function ClueFormModal({ open, onClose, clue }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const save = useClueMutation((values: Values) =>
    clue
      ? cluesApi.update(clue.id, { ...fieldsOf(values), version: clue.version })
      : cluesApi.create({
          source: values.source ?? 'other',
          ...fieldsOf(values),
          fileIds: uploadedIds(files),
        }),
  );

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(clue ? valuesOf(clue) : { disciplines: [], confidential: false });
    // The clue is read once per opening: a refetch must not wipe what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, form]);

  const onFinish = (values: Values) =>
    save.mutate(values, {
      onSuccess: (saved) => {
        void message.success(
          clue ? t('common.saved') : t('clues.form.created', { code: saved.code }),
        );
        onClose();
        if (!clue) void navigate(`/clues/${saved.id}`);
      },
      onError: (error) => showError(error, form),
    });

  return (
    <Modal
      open={open}
      title={clue ? t('clues.form.editTitle', { code: clue.code }) : t('clues.form.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={clue ? t('common.save') : t('clues.form.submit')}
      okButtonProps={{ disabled: isUploading(files), 'data-testid': 'clue-form-submit' }}
      confirmLoading={save.isPending}
      afterClose={() => setFiles([])}
      destroyOnHidden
      width={720}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        {!clue && (
          <Form.Item
            name="source"
            label={t('clues.field.source')}
            extra={t('clues.form.sourceHint')}
            rules={[requiredRule(t, 'clues.field.source')]}
          >
            <Select
              data-testid="clue-form-source"
              options={MANUAL_SOURCES.map((s) => ({ value: s, label: sourceLabel(s) }))}
            />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="accusedName" label={t('clues.field.accused')}>
              <Input maxLength={50} data-testid="clue-form-accused-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="accusedPosition" label={t('clues.field.position')}>
              <Input maxLength={100} data-testid="clue-form-accused-position" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="accusedUnitId" label={t('clues.form.unitPick')}>
              <UnitPicker allowClear style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="accusedUnitName" label={t('clues.form.unitName')}>
              <Input maxLength={100} data-testid="clue-form-accused-unit-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="accusedCadreLevel"
              label={t('clues.field.cadreLevel')}
              extra={t('clues.form.cadreLevelHint')}
            >
              <Select
                allowClear
                data-testid="clue-form-cadre-level"
                options={CADRE_LEVELS.map((l) => ({ value: l, label: cadreLevelLabel(l) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="focus" label={t('clues.field.focus')}>
              <Select
                allowClear
                data-testid="clue-form-focus"
                options={PROBLEM_FOCUSES.map((f) => ({ value: f, label: focusLabel(f) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="disciplines" label={t('clues.field.disciplines')}>
          <Select
            mode="multiple"
            allowClear
            data-testid="clue-form-disciplines"
            options={DISCIPLINES.map((d) => ({ value: d, label: disciplineLabel(d) }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('clues.field.description')}
          extra={t('clues.form.descriptionHint')}
          rules={[{ ...requiredRule(t, 'clues.field.description'), whitespace: true }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={10_000}
            showCount
            data-testid="clue-form-description"
          />
        </Form.Item>
        <Form.Item
          name="confidential"
          valuePropName="checked"
          extra={t('clues.form.confidentialHint')}
        >
          <Checkbox data-testid="clue-form-confidential">{t('clues.field.confidential')}</Checkbox>
        </Form.Item>
        {!clue && (
          <Form.Item label={t('clues.field.files')} extra={t('clues.form.filesHint')}>
            <AttachmentPicker value={files} onChange={setFiles} upload={cluesApi.uploadFile} />
          </Form.Item>
        )}
        {clue?.confidential && clue.members.length > 0 && (
          <Alert
            type="info"
            showIcon
            title={t('clues.membersLine', {
              names: clue.members.map((m) => m.displayName).join('、'),
            })}
          />
        )}
      </Form>
    </Modal>
  );
}
