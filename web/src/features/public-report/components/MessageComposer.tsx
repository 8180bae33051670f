import { useState } from 'react';
import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import { placeFieldErrors } from './formErrors';
import { COUNTED } from './counted';

const BODY_MAX = 5000;

export interface ComposerTexts {
  placeholder: string;
  required: string;
  send: string;
  sent: string;
}

/** A message box for the thread; the server's refusal is shown under it (403, 422 on `body`…). */
export function MessageComposer({
  texts,
  send,
  pending,
  ids,
}: {
  texts: ComposerTexts;
  send: (body: string) => Promise<unknown>;
  pending: boolean;
  /** Test ids of the text box, the button and the error. */
  ids: { input: string; send: string; error: string };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const [error, setError] = useState<unknown>(null);

  const onFinish = async ({ body }: { body: string }) => {
    setError(null);
    try {
      await send(body.trim());
      form.resetFields();
      void message.success(texts.sent);
    } catch (failure) {
      placeFieldErrors(form, failure);
      setError(failure);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish}>
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
      <Button type="primary" htmlType="submit" loading={pending} data-testid={ids.send}>
        {texts.send}
      </Button>
    </Form>
  );
}
