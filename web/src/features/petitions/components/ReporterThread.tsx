import { Card, Typography } from 'antd';
import { MessageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePetitionThread, useSendThreadMessage } from '../../public-report/api/hooks';
import { MessageComposer } from '../../public-report/components/MessageComposer';
import { MessageList } from '../../public-report/components/MessageList';
import type { PetitionDetail } from '../api/types';

/**
 * 与举报人沟通: the thread with a reporter who came through the public page (they read it with
 * their receipt code). Shown only when the server says the petition has one (`online`); the box
 * only when it says the caller may write (`canWrite`).
 */
export function ReporterThread({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  // Only reports from the public page have a thread, and those all arrive on channel `online`.
  const thread = usePetitionThread(petition.id, petition.channel === 'online');
  const send = useSendThreadMessage(petition.id);
  if (!thread.data?.online) return null;

  return (
    <Card
      size="small"
      title={
        <span>
          <MessageOutlined /> {t('publicReport.staffThread.title')}
        </span>
      }
      data-testid="reporter-thread"
    >
      <Typography.Paragraph type="secondary">
        {t('publicReport.staffThread.hint')}
      </Typography.Paragraph>
      <MessageList
        messages={thread.data.items.map((m) => ({
          key: m.id,
          author: m.author,
          who:
            m.author === 'reporter'
              ? t('publicReport.staffThread.reporter')
              : (m.authorName ?? t('publicReport.staffThread.staff')),
          body: m.body,
          createdAt: m.createdAt,
        }))}
        mine="staff"
        empty={t('publicReport.staffThread.empty')}
        testId="reporter-thread-message"
      />
      {thread.data.canWrite && (
        <div style={{ marginTop: 12 }}>
          <MessageComposer
            texts={{
              placeholder: t('publicReport.staffThread.placeholder'),
              required: t('publicReport.staffThread.required'),
              send: t('publicReport.staffThread.send'),
              sent: t('publicReport.staffThread.sent'),
            }}
            send={(body) => send.mutateAsync(body)}
            pending={send.isPending}
            ids={{
              input: 'reporter-thread-input',
              send: 'reporter-thread-send',
              error: 'reporter-thread-error',
            }}
          />
        </div>
      )}
    </Card>
  );
}
