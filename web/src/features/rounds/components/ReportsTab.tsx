import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Space,
  Tag,
  Typography,
} from 'antd';
import { CheckCircleOutlined, SaveOutlined, TeamOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useShowError } from '../../../hooks/useShowError';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { requiredRule } from '../../../lib/validation';
import { isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import type { RoundCan } from '../abilities';
import { useFindings, useRoundFile, useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import type { Finding, RoundDetail, RoundReport, RoundTarget } from '../api/types';

interface ReportValues {
  content: string;
  teamEvaluation?: string;
}

interface Draft extends ReportValues {
  at: string;
}

function ReportEditor({
  round,
  target,
  report,
}: {
  round: RoundDetail;
  target: RoundTarget;
  report: RoundReport | undefined;
}) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<ReportValues>();
  const [lostDraft, setLostDraft] = useState<Draft | null>(null);
  // The version the text in the editor started from (0 = no report yet), and whether the user
  // has typed since: a newer stored version never overwrites what they are typing; their save
  // then meets the 409 and their text is kept aside for them.
  const base = useRef(report?.version ?? 0);
  const dirty = useRef(false);
  const save = useRoundMutation((v: ReportValues) =>
    roundsApi.saveReport(round.id, target.unitId, {
      content: v.content.trim(),
      teamEvaluation: v.teamEvaluation?.trim() || null,
      version: base.current,
    }),
  );

  const sync = useCallback(
    (stored: RoundReport | undefined) => {
      form.setFieldsValue({
        content: stored?.content ?? '',
        teamEvaluation: stored?.teamEvaluation ?? '',
      });
      base.current = stored?.version ?? 0;
      dirty.current = false;
    },
    [form],
  );

  useEffect(() => {
    if (!dirty.current) sync(report);
  }, [sync, report]);

  const onFinish = (values: ReportValues) =>
    save.mutate(values, {
      onSuccess: (saved) => {
        sync(saved);
        setLostDraft(null);
        void message.success(t('rounds.report.saved'));
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 409) {
          setLostDraft({ ...values, at: new Date().toISOString() });
          sync(report);
          notification.warning({
            title: t('rounds.report.stale'),
            description: error.problem.detail,
            placement: 'topRight',
          });
          return;
        }
        showError(error, form);
      },
    });

  return (
    <Form<ReportValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      onValuesChange={() => {
        dirty.current = true;
      }}
    >
      {lostDraft && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setLostDraft(null)}
          style={{ marginBottom: 12 }}
          data-testid="report-lost-draft"
          title={t('rounds.report.lostDraft', { at: formatDateTime(lostDraft.at) })}
          description={
            <Typography.Paragraph copyable style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {[lostDraft.content, lostDraft.teamEvaluation].filter(Boolean).join('\n\n')}
            </Typography.Paragraph>
          }
        />
      )}
      <Form.Item
        name="content"
        label={t('rounds.report.content')}
        rules={[requiredRule(t, 'rounds.report.content')]}
      >
        <Input.TextArea
          autoSize={{ minRows: 6, maxRows: 24 }}
          maxLength={100_000}
          data-testid="report-content"
        />
      </Form.Item>
      <Form.Item
        name="teamEvaluation"
        label={t('rounds.report.teamEvaluation')}
        extra={t('rounds.report.teamEvaluationHint')}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 12 }}
          maxLength={20_000}
          data-testid="report-evaluation"
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<SaveOutlined />}
        loading={save.isPending}
        data-testid="report-save"
      >
        {t('rounds.report.save')}
      </Button>
    </Form>
  );
}

function ReportText({ report }: { report: RoundReport | undefined }) {
  const { t } = useTranslation();
  if (!report) return <Empty description={t('rounds.report.none')} />;
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="report-text"
      items={[
        {
          key: 'content',
          label: t('rounds.report.content'),
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.content}</span>,
        },
        {
          key: 'evaluation',
          label: t('rounds.report.teamEvaluation'),
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.teamEvaluation ?? '—'}</span>,
        },
      ]}
    />
  );
}

function FeedbackModal({
  round,
  target,
  open,
  onClose,
}: {
  round: RoundDetail;
  target: RoundTarget;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const deliver = useRoundMutation((v: { feedbackOn: Dayjs; attendees: string }) =>
    roundsApi.recordFeedback(round.id, target.unitId, {
      feedbackOn: v.feedbackOn.format('YYYY-MM-DD'),
      attendees: v.attendees.trim(),
    }),
  );
  return (
    <FormModal<{ feedbackOn: Dayjs; attendees: string }>
      open={open}
      title={t('rounds.feedback.title', { unit: target.unitName })}
      initialValues={{ feedbackOn: todayCst() }}
      onCancel={onClose}
      onSubmit={(values) => deliver.mutateAsync(values)}
    >
      <Form.Item
        name="feedbackOn"
        label={t('rounds.feedback.feedbackOn')}
        rules={[requiredRule(t, 'rounds.feedback.feedbackOn')]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={isAfterTodayCst} />
      </Form.Item>
      <Form.Item
        name="attendees"
        label={t('rounds.feedback.attendees')}
        rules={[requiredRule(t, 'rounds.feedback.attendees')]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          data-testid="feedback-attendees"
        />
      </Form.Item>
    </FormModal>
  );
}

function FindingList({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <Card size="small" type="inner" title={t('rounds.report.findings', { count: findings.length })}>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {findings.map((f) => (
          <li key={f.id}>{f.problem}</li>
        ))}
      </ol>
    </Card>
  );
}

/**
 * 巡察报告: per target, the report with its findings and the evaluation of the leadership team
 * (领导班子评价), edited on site with the stored version; approval by the leading group; the
 * 反馈会 (date, attendees) in the feedback stage.
 */
export function ReportsTab({ round, can }: { round: RoundDetail; can: RoundCan }) {
  const { t } = useTranslation();
  const file = useRoundFile(round.id);
  const findings = useFindings(round.id);
  const [feedbackFor, setFeedbackFor] = useState<RoundTarget | null>(null);
  if (round.targets.length === 0) return <Empty description={t('rounds.team.noTargets')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {round.targets.map((target) => {
        const report = file.data?.reports.find((r) => r.unitId === target.unitId);
        const mine = can.recordUnitIds.includes(target.unitId);
        const editable = can.record && mine && !report?.approvedAt;
        return (
          <Card
            key={target.unitId}
            size="small"
            title={target.unitName}
            data-testid="report-card"
            data-unit-id={target.unitId}
            loading={file.isLoading}
            extra={
              <Space size={[0, 4]} wrap>
                {report?.approvedAt && (
                  <Tag color="green" icon={<CheckCircleOutlined />} data-testid="report-approved">
                    {t('rounds.report.approved', { at: formatDateTime(report.approvedAt) })}
                  </Tag>
                )}
                {report?.feedbackOn && (
                  <Tag color="gold" icon={<TeamOutlined />}>
                    {t('rounds.feedback.delivered', { date: report.feedbackOn })}
                  </Tag>
                )}
                {can.feedback && mine && report && !report.feedbackOn && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setFeedbackFor(target)}
                    data-testid="feedback-deliver"
                  >
                    {t('rounds.feedback.button')}
                  </Button>
                )}
              </Space>
            }
          >
            <Space orientation="vertical" style={{ width: '100%' }}>
              <FindingList
                findings={(findings.data ?? []).filter((f) => f.unitId === target.unitId)}
              />
              {editable ? (
                <ReportEditor round={round} target={target} report={report} />
              ) : (
                <ReportText report={report} />
              )}
              {report?.feedbackOn && (
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    {
                      key: 'attendees',
                      label: t('rounds.feedback.attendees'),
                      children: report.feedbackAttendees ?? '—',
                    },
                  ]}
                />
              )}
            </Space>
          </Card>
        );
      })}
      {feedbackFor && (
        <FeedbackModal
          round={round}
          target={feedbackFor}
          open={feedbackFor !== null}
          onClose={() => setFeedbackFor(null)}
        />
      )}
    </Space>
  );
}
