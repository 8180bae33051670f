import { useState } from 'react';
import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { placeFieldErrors } from './formErrors';
import { COUNTED } from './counted';
import { EvidenceUpload } from './EvidenceUpload';
import {
  clearServerFilesError,
  expireRefusedFiles,
  finishedHandles,
  isUploading,
} from './evidenceFiles';
import type { EvidenceFile } from './evidenceFiles';

const BODY_MAX = 5000;

export interface ComposerTexts {
  placeholder: string;
  required: string;
  send: string;
  sent: string;
}

interface ComposerValues {
  body: string;
  files?: EvidenceFile[];
}

/**
 * A message box for the thread; the server's refusal is shown under it (403, 422 on `body`…).
 * With `files`, evidence can go with the message: only the finished uploads' handles are sent.
 */
export function MessageComposer({
  texts,
  send,
  pending,
  ids,
  files,
}: {
  texts: ComposerTexts;
  send: (body: string, files: string[]) => Promise<unknown>;
  pending: boolean;
  /** Test ids of the text box, the button and the error. */
  ids: { input: string; send: string; error: string };
  /** Offer evidence files (public pages only), under this label and test id. */
  files?: { label: string; testId: string };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ComposerValues>();
  const [error, setError] = useState<unknown>(null);
  const uploading = isUploading(Form.useWatch('files', form));

  const onFinish = async (values: ComposerValues) => {
    if (isUploading(values.files)) return;
    setError(null);
    try {
      await send(values.body.trim(), finishedHandles(values.files));
      form.resetFields();
      void message.success(texts.sent);
    } catch (failure) {
      placeFieldErrors(form, failure);
      if (files) expireRefusedFiles(form, failure);
      setError(failure);
    }
  };

  return (
    <Form<ComposerValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={clearServerFilesError(form)}
      initialValues={files ? { files: [] } : undefined}
    >
      <Form.Item
        name="body"
        rules={[{ required: true, whitespace: true, message: texts.required }]}
        style={{ marginBottom: 12 }}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={BODY_MAX}
          showCount
          placeholder={texts.placeholder}
          aria-label={texts.placeholder}
          style={COUNTED}
          data-testid={ids.input}
        />
      </Form.Item>
      {files && (
        <Form.Item name="files" label={files.label} style={{ marginBottom: 12 }}>
          <EvidenceUpload testId={files.testId} />
        </Form.Item>
      )}
      {error !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={describeError(error, t).title}
          description={describeError(error, t).description}
          data-testid={ids.error}
        />
      )}
      <Button
        type="primary"
        htmlType="submit"
        loading={pending}
        disabled={uploading}
        title={uploading ? t('publicReport.files.waiting') : undefined}
        data-testid={ids.send}
      >
        {texts.send}
      </Button>
    </Form>
  );
}
