import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../hooks/useShowError';
import { isApiError } from '../lib/api';
import {
  AttachmentPicker,
  isUploading,
  uploadedIds,
} from '../features/petitions/components/AttachmentPicker';
import type { PickedFile } from '../features/petitions/components/AttachmentPicker';
import type { StoredFile } from '../features/petitions/api/types';

interface Values {
  opinion?: string;
}

export interface EvidenceStepInput {
  opinion: string;
  fileIds?: string[];
}

interface Props {
  open: boolean;
  title: string;
  okText: string;
  /** What the step is about, shown above the opinion (the problem). */
  context?: ReactNode;
  opinionLabel: string;
  /** Name of the opinion field in "please fill in …". */
  opinionName: string;
  /** Offer evidence files (progress, closure request). */
  evidence: boolean;
  evidenceRequired?: boolean;
  evidenceLabel?: string;
  evidenceHint?: string;
  pickLabel?: string;
  upload?: (file: File) => Promise<StoredFile>;
  onSubmit: (input: EvidenceStepInput) => Promise<unknown>;
  /** After success (toast shown by the caller's text). */
  doneText: string;
  /** The record moved meanwhile (409): refresh it. */
  staleText: string;
  onStale: () => void;
  onClose: () => void;
  testIds: { submit: string; opinion: string; files: string };
}

/**
 * One workflow step that needs an opinion and may carry evidence files (an item's or a common
 * problem's progress, closure request, 销号 or 退回). Whether the evidence is enough is the
 * server's call: its refusal on `fileIds` is shown under the files; a 409 refreshes the record.
 */
export function EvidenceStepModal(props: Props) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [filesError, setFilesError] = useState<string | null>(null);
  const submit = useMutation({ mutationFn: props.onSubmit });
  const { open, evidence, testIds } = props;

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const onFinish = (values: Values) => {
    const input: EvidenceStepInput = {
      opinion: values.opinion?.trim() ?? '',
      ...(evidence ? { fileIds: uploadedIds(files) } : {}),
    };
    submit.mutate(input, {
      onSuccess: () => {
        void message.success(props.doneText);
        props.onClose();
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          notification.warning({
            title: props.staleText,
            description: error.problem.detail,
            placement: 'topRight',
          });
          props.onStale();
          props.onClose();
          return;
        }
        const onFiles = isApiError(error)
          ? error.fieldErrors.find((e) => e.path.replace(/^\/|^body[./]/, '') === 'fileIds')
          : undefined;
        if (onFiles) setFilesError(onFiles.message);
        showError(error, form);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={props.title}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={props.okText}
      okButtonProps={{ disabled: isUploading(files), 'data-testid': testIds.submit }}
      confirmLoading={submit.isPending}
      afterClose={() => {
        setFiles([]);
        setFilesError(null);
      }}
      destroyOnHidden
      width={600}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        {props.context}
        <Form.Item
          name="opinion"
          label={props.opinionLabel}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: props.opinionName }),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={10_000}
            data-testid={testIds.opinion}
          />
        </Form.Item>
        {evidence && props.upload && (
          <Form.Item
            label={props.evidenceLabel}
            required={props.evidenceRequired}
            validateStatus={filesError ? 'error' : undefined}
            help={filesError ?? undefined}
            extra={props.evidenceHint}
          >
            <div data-testid={testIds.files}>
              <AttachmentPicker
                value={files}
                onChange={(picked) => {
                  setFiles(picked);
                  if (uploadedIds(picked).length > 0) setFilesError(null);
                }}
                upload={props.upload}
                buttonLabel={props.pickLabel ?? ''}
              />
            </div>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
