import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  DeleteOutlined,
  LoadingOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/errors';
import {
  PUBLIC_FILE_ACCEPT,
  PUBLIC_FILE_MAX_MB,
  PUBLIC_FILES_MAX,
  refusalOf,
} from '../api/publicFiles';
import { publicReportApi } from '../api/publicReportApi';
import type { PublicFile } from '../api/types';
import { EXPIRED, formatSize } from './evidenceFiles';
import type { EvidenceFile } from './evidenceFiles';

const ICON = {
  uploading: <LoadingOutlined />,
  done: <CheckCircleOutlined style={{ color: 'var(--ant-color-success, #52c41a)' }} />,
  error: <CloseCircleOutlined style={{ color: 'var(--ant-color-error, #ff4d4f)' }} />,
};

/**
 * Evidence for the public pages (a form control: `value`/`onChange`): each file is stored at once
 * by `POST /api/public/files` and listed with its name and state. Wrong types, files over 10 MB
 * and files beyond the fifth are refused here, before any request, with the reason.
 * Test ids: `<testId>` around it all, `-pick`, `-item` (with `data-state`), `-remove`, `-refused`.
 */
export function EvidenceUpload({
  id,
  value = [],
  onChange,
  testId,
  disabled,
}: {
  /** From Form.Item: lets its label open the file dialog. */
  id?: string;
  value?: EvidenceFile[];
  onChange?: (files: EvidenceFile[]) => void;
  testId: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string[]>([]);
  // One decision per picked file, taken for its whole batch at once (the count needs the batch).
  const decisions = useRef(new WeakMap<File, boolean>());
  const uploads = useRef(new Map<string, AbortController>());
  const full = value.length >= PUBLIC_FILES_MAX;

  useEffect(() => {
    const pending = uploads.current;
    return () => {
      for (const controller of pending.values()) controller.abort();
    };
  }, []);

  const judge = (batch: File[]) => {
    const lines: string[] = [];
    let room = PUBLIC_FILES_MAX - value.length;
    for (const file of batch) {
      const name = file.name;
      const refusal = refusalOf(file);
      let line: string | null = null;
      if (refusal === 'type') line = t('publicReport.files.wrongType', { name });
      else if (refusal === 'size')
        line = t('publicReport.files.tooLarge', { name, mb: PUBLIC_FILE_MAX_MB });
      else if (room <= 0) line = t('publicReport.files.tooMany', { name, max: PUBLIC_FILES_MAX });
      else room -= 1;
      if (line !== null) lines.push(line);
      decisions.current.set(file, line === null);
    }
    setRefused(lines);
  };

  const beforeUpload: UploadProps<PublicFile>['beforeUpload'] = (file, batch) => {
    if (!decisions.current.has(file)) judge(batch);
    return decisions.current.get(file) ? true : Upload.LIST_IGNORE;
  };

  const customRequest: UploadProps<PublicFile>['customRequest'] = ({
    file,
    onSuccess,
    onError,
  }) => {
    const picked = file as File & { uid: string };
    const controller = new AbortController();
    uploads.current.set(picked.uid, controller);
    publicReportApi
      .uploadFile(picked, controller.signal)
      .then((stored) => onSuccess?.(stored))
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          onError?.(error instanceof Error ? error : new Error(String(error)));
      })
      .finally(() => uploads.current.delete(picked.uid));
    return { abort: () => controller.abort() };
  };

  const remove = (uid: string) => {
    uploads.current.get(uid)?.abort();
    uploads.current.delete(uid);
    onChange?.(value.filter((f) => f.uid !== uid));
  };

  const stateText = (file: EvidenceFile) => {
    if (file.status === 'done') return t('publicReport.files.done');
    if (file.status === 'error')
      return file.error === EXPIRED
        ? t('publicReport.files.expired')
        : t('publicReport.files.failed', { reason: describeError(file.error, t).title });
    return t('publicReport.files.uploading');
  };

  return (
    <div data-testid={testId}>
      <Upload<PublicFile>
        id={id}
        accept={PUBLIC_FILE_ACCEPT}
        multiple
        fileList={value}
        showUploadList={false}
        disabled={disabled || full}
        beforeUpload={beforeUpload}
        customRequest={customRequest}
        onChange={({ fileList }) => onChange?.(fileList)}
      >
        <Button
          icon={<UploadOutlined />}
          disabled={disabled || full}
          data-testid={`${testId}-pick`}
        >
          {t('publicReport.files.pick')}
        </Button>
      </Upload>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {full
          ? t('publicReport.files.full', { max: PUBLIC_FILES_MAX })
          : t('publicReport.files.hint', { mb: PUBLIC_FILE_MAX_MB, max: PUBLIC_FILES_MAX })}
      </Typography.Paragraph>
      {refused.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setRefused([]) }}
          style={{ marginTop: 8 }}
          title={t('publicReport.files.refusedTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {refused.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
          data-testid={`${testId}-refused`}
        />
      )}
      {value.length > 0 && (
        <ul aria-live="polite" style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {value.map((file) => {
            const state = file.status ?? 'uploading';
            return (
              <li
                key={file.uid}
                data-testid={`${testId}-item`}
                data-state={state}
                style={{ display: 'flex', alignItems: 'flex-start', gap: 8, padding: '4px 0' }}
              >
                <span style={{ paddingTop: 2 }}>
                  {state === 'done' || state === 'error' ? ICON[state] : ICON.uploading}
                </span>
                <span style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                  <Typography.Text>{file.name}</Typography.Text>{' '}
                  <Typography.Text type="secondary">{formatSize(file.size)}</Typography.Text>
                  <br />
                  <Typography.Text
                    type={state === 'error' ? 'danger' : 'secondary'}
                    data-testid={`${testId}-state`}
                  >
                    {stateText(file)}
                  </Typography.Text>
                </span>
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('publicReport.files.remove', { name: file.name })}
                  title={t('publicReport.files.remove', { name: file.name })}
                  onClick={() => remove(file.uid)}
                  data-testid={`${testId}-remove`}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
