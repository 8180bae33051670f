import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { App, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../hooks/useShowError';

interface Props<T> {
  open: boolean;
  title: ReactNode;
  /** Values to start from each time the modal opens. */
  initialValues?: Partial<T>;
  onCancel: () => void;
  /** Resolve to close the modal; reject with an ApiError to show it (and its field errors). */
  onSubmit: (values: T) => Promise<unknown>;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
  width?: number;
  /** data-testid of the save button (for browser tests). */
  okTestId?: string;
}

/** A modal holding one form: resets on open, submits once, maps server field errors. */
export function FormModal<T extends object>({
  open,
  title,
  initialValues,
  onCancel,
  onSubmit,
  children,
  width,
  okTestId,
}: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<T>();
  const submit = useMutation({ mutationFn: onSubmit });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initialValues) form.setFieldsValue(initialValues);
    // initialValues is read once per opening on purpose: re-renders must not wipe the user's input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, form]);

  const onFinish = (values: T) =>
    submit.mutate(values, {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onCancel();
      },
      onError: (error) => showError(error, form),
    });

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={submit.isPending}
      okButtonProps={okTestId ? { 'data-testid': okTestId } : undefined}
      forceRender
    >
      <Form<T> form={form} layout="vertical" onFinish={onFinish}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
