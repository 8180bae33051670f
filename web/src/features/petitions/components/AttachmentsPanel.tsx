import { useState } from 'react';
import { Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { petitionKeys } from '../api/hooks';
import { attachmentUrl, petitionsApi } from '../api/petitionsApi';
import { NO_ABILITIES } from '../api/types';
import type { AttachmentView, PetitionDetail } from '../api/types';
import { AttachmentPicker, isUploading } from './AttachmentPicker';
import type { PickedFile } from './AttachmentPicker';

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * 附件: downloads (watermarked by the server) only under an approved 复印申请; uploads for those
 * the server allows. A finished upload moves from the picker into the list.
 */
export function AttachmentsPanel({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const can = petition.can ?? NO_ABILITIES;
  const [files, setFiles] = useState<PickedFile[]>([]);

  const onChange = (next: PickedFile[]) => {
    if (!isUploading(next) && next.some((f) => f.status === 'done')) {
      void queryClient.invalidateQueries({ queryKey: petitionKeys.detail(petition.id) });
      setFiles(next.filter((f) => f.status !== 'done'));
      return;
    }
    setFiles(next);
  };

  const columns: TableColumnsType<AttachmentView> = [
    {
      title: t('petitions.attachments.name'),
      dataIndex: 'name',
      render: (_, file) =>
        can.download ? (
          <a href={attachmentUrl(petition.id, file.id)} download data-testid="attachment-download">
            <Space size={4}>
              <DownloadOutlined />
              {file.name}
            </Space>
          </a>
        ) : (
          <Space size={4}>
            <LockOutlined />
            {file.name}
          </Space>
        ),
    },
    { title: t('petitions.attachments.type'), dataIndex: 'mimeType' },
    { title: t('petitions.attachments.size'), dataIndex: 'size', render: fileSize },
    {
      title: 'SHA-256',
      dataIndex: 'sha256',
      render: (v: string) => (
        <Typography.Text type="secondary" copyable={{ text: v }}>
          {v.slice(0, 12)}…
        </Typography.Text>
      ),
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="petition-attachments">
      {!can.download && petition.attachments.length > 0 && (
        <Typography.Text type="secondary">{t('petitions.attachments.locked')}</Typography.Text>
      )}
      <Table<AttachmentView>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={petition.attachments}
      />
      {can.upload && (
        <AttachmentPicker
          value={files}
          onChange={onChange}
          upload={(file) => petitionsApi.addAttachment(petition.id, file)}
          buttonLabel={t('petitions.attachments.add')}
        />
      )}
    </Space>
  );
}
