import { useEffect, useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { requiredRule } from '../../../lib/validation';
import {
  AttachmentPicker,
  isUploading,
  uploadedIds,
} from '../../petitions/components/AttachmentPicker';
import type { PickedFile } from '../../petitions/components/AttachmentPicker';
import { rectificationKeys, useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import { ITEM_EVIDENCE_ACTIONS } from '../api/types';
import type { ItemAction, ItemTransitionInput, ItemView } from '../api/types';
import { itemActionLabel } from '../labels';

interface Values {
  opinion?: string;
}

interface Props {
  item: ItemView;
  /** null = closed. */
  action: ItemAction | null;
  onClose: () => void;
}

/**
 * One step of an item: 报告进展 / 申请销号 (the unit, with evidence files) or 销号 / 退回 (the
 * office). Every step needs an opinion. Whether evidence is enough is the server's call: its
 * refusal on `fileIds` is shown under the files.
 */
export function ItemTransitionModal({ item, action, onClose }: Props) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [filesError, setFilesError] = useState<string | null>(null);
  const transition = useRectificationMutation((input: ItemTransitionInput) =>
    rectificationApi.transitionItem(item.id, input),
  );
  const evidence = action !== null && ITEM_EVIDENCE_ACTIONS.includes(action);

  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);

  const onFinish = (values: Values) => {
    if (!action) return;
    const input: ItemTransitionInput = {
      action,
      version: item.version,
      opinion: values.opinion?.trim() ?? '',
      ...(evidence ? { fileIds: uploadedIds(files) } : {}),
    };
    transition.mutate(input, {
      onSuccess: () => {
        void message.success(
          t('rectification.transitionDone', { action: itemActionLabel(action) }),
        );
        onClose();
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          notification.warning({
            title: t('rectification.stale'),
            description: error.problem.detail,
            placement: 'topRight',
          });
          void queryClient.invalidateQueries({ queryKey: rectificationKeys.all });
          onClose();
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
      open={action !== null}
      title={
        action ? t('rectification.itemTransitionTitle', { action: itemActionLabel(action) }) : ''
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? itemActionLabel(action) : undefined}
      okButtonProps={{ disabled: isUploading(files), 'data-testid': 'item-transition-submit' }}
      confirmLoading={transition.isPending}
      afterClose={() => {
        setFiles([]);
        setFilesError(null);
      }}
      destroyOnHidden
      width={600}
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item label={t('rectification.field.problem')}>{item.problem}</Form.Item>
        <Form.Item
          name="opinion"
          label={action ? t(`rectification.opinionLabel.${action}`) : ''}
          rules={[{ ...requiredRule(t, 'rectification.field.opinion'), whitespace: true }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={10_000}
            data-testid="item-opinion"
          />
        </Form.Item>
        {evidence && (
          <Form.Item
            label={t('rectification.field.evidence')}
            required={action === 'request_closure'}
            validateStatus={filesError ? 'error' : undefined}
            help={filesError ?? undefined}
            extra={t('rectification.evidenceHint', { count: item.files.length })}
          >
            <div data-testid="item-files">
              <AttachmentPicker
                value={files}
                onChange={(picked) => {
                  setFiles(picked);
                  if (uploadedIds(picked).length > 0) setFilesError(null);
                }}
                upload={rectificationApi.uploadFile}
                buttonLabel={t('rectification.pickEvidence')}
              />
            </div>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
