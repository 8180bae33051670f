import { App, Button, Upload } from 'antd';
import type { UploadFile, UploadProps } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import type { StoredFile } from '../api/types';
import { UPLOAD_ACCEPT, UPLOAD_MAX_BYTES } from '../api/upload';

export type PickedFile = UploadFile<StoredFile>;

interface Props {
  value: PickedFile[];
  onChange: (files: PickedFile[]) => void;
  /** Stores one file and resolves with what was stored. */
  upload: (file: File) => Promise<StoredFile>;
  buttonLabel?: string;
  disabled?: boolean;
}

/** The ids of the files that finished uploading. */
export const uploadedIds = (files: PickedFile[]) =>
  files.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : []));

export const isUploading = (files: PickedFile[]) => files.some((f) => f.status === 'uploading');

/** Scanned letters and evidence (images, PDF, ≤ 20 MB), each stored as soon as it is picked. */
export function AttachmentPicker({ value, onChange, upload, buttonLabel, disabled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();

  const customRequest: UploadProps<StoredFile>['customRequest'] = ({
    file,
    onSuccess,
    onError,
  }) => {
    upload(file as File)
      .then((stored) => onSuccess?.(stored))
      .catch((error: unknown) => {
        showError(error);
        onError?.(error instanceof Error ? error : new Error(String(error)));
      });
  };

  return (
    <Upload<StoredFile>
      accept={UPLOAD_ACCEPT}
      multiple
      fileList={value}
      disabled={disabled}
      beforeUpload={(file) => {
        if (file.size <= UPLOAD_MAX_BYTES) return true;
        void message.error(t('petitions.attachments.tooLarge', { name: file.name }));
        return Upload.LIST_IGNORE;
      }}
      customRequest={customRequest}
      onChange={({ fileList }) => onChange(fileList)}
    >
      <Button icon={<UploadOutlined />} disabled={disabled} data-testid="attachment-pick">
        {buttonLabel ?? t('petitions.attachments.pick')}
      </Button>
    </Upload>
  );
}
