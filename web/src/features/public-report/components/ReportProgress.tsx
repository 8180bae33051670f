import { Alert, Button, Card, Collapse, Space, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { useAddReporterMessage, useSubmitSurvey } from '../api/hooks';
import type { MyReport } from '../api/types';
import { MessageComposer } from './MessageComposer';
import { MessageList } from './MessageList';
import { StatusSteps } from './StatusSteps';
import { SurveyForm } from './SurveyForm';

/**
 * What the reporter sees with a valid token: the steps, the refusal or the answer, the thread
 * with the handler (and a box to add information), then the one-time satisfaction survey.
 */
export function ReportProgress({
  token,
  report,
  onExpired,
  onClose,
}: {
  token: string;
  report: MyReport;
  onExpired: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const addMessage = useAddReporterMessage(token);
  const survey = useSubmitSurvey(token);
  const expiredBy = (error: unknown) => {
    if (isApiError(error) && error.status === 401) onExpired();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('publicReport.status.title')}
        data-testid="status-report"
        data-status={report.status}
        extra={
          <Button
            size="small"
            icon={<LogoutOutlined />}
            onClick={onClose}
            data-testid="status-close"
          >
            {t('publicReport.status.close')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">
          {t('publicReport.status.receivedOn', { date: report.receivedOn })}
        </Typography.Paragraph>
        <StatusSteps report={report} />
      </Card>

      {report.notAcceptedReason && (
        <Alert
          type="warning"
          showIcon
          data-testid="status-not-accepted"
          title={t('publicReport.status.notAcceptedReason')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{report.notAcceptedReason}</span>}
        />
      )}

      {report.answer && (
        <Card title={t('publicReport.status.answer')} data-testid="status-answer">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {report.answer.content}
          </Typography.Paragraph>
          {report.answer.answeredOn && (
            <Typography.Text type="secondary">
              {t('publicReport.status.answeredOn', { date: report.answer.answeredOn })}
            </Typography.Text>
          )}
        </Card>
      )}

      {report.surveyed ? (
        <Alert
          type="success"
          showIcon
          title={t('publicReport.survey.thanks')}
          data-testid="survey-thanks"
        />
      ) : (
        report.canSurvey && (
          <Card title={t('publicReport.survey.title')}>
            <SurveyForm
              submit={(input) => survey.mutate(input, { onError: expiredBy })}
              pending={survey.isPending}
              error={survey.error}
            />
          </Card>
        )
      )}

      <Card title={t('publicReport.status.thread')} data-testid="status-thread">
        <MessageList
          messages={report.messages.map((m, index) => ({
            key: `${m.createdAt}-${index}`,
            author: m.author,
            who:
              m.author === 'reporter'
                ? t('publicReport.status.authorReporter')
                : t('publicReport.status.authorStaff'),
            body: m.body,
            createdAt: m.createdAt,
          }))}
          mine="reporter"
          empty={t('publicReport.status.threadEmpty')}
          testId="status-message"
        />
        <div style={{ marginTop: 16 }}>
          {report.canWrite ? (
            <>
              <Typography.Title level={5}>{t('publicReport.status.addTitle')}</Typography.Title>
              <MessageComposer
                texts={{
                  placeholder: t('publicReport.status.addPlaceholder'),
                  required: t('publicReport.status.addRequired'),
                  send: t('publicReport.status.addSend'),
                  sent: t('publicReport.status.addSent'),
                }}
                send={async (body, files) => {
                  try {
                    return await addMessage.mutateAsync({
                      body,
                      ...(files.length > 0 ? { files } : {}),
                    });
                  } catch (error) {
                    expiredBy(error);
                    throw error;
                  }
                }}
                pending={addMessage.isPending}
                files={{ label: t('publicReport.files.label'), testId: 'status-add-files' }}
                ids={{
                  input: 'status-add-message',
                  send: 'status-add-message-send',
                  error: 'status-add-message-error',
                }}
              />
            </>
          ) : (
            <Typography.Text type="secondary" data-testid="status-closed">
              {t('publicReport.status.closed')}
            </Typography.Text>
          )}
        </div>
      </Card>

      <Collapse
        data-testid="status-facts"
        items={[
          {
            key: 'facts',
            label: t('publicReport.status.facts'),
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {report.facts}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Space>
  );
}
