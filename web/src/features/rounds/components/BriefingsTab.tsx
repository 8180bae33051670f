import { useState } from 'react';
import { Button, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { cstDateString, isAfterTodayCst, todayCst } from '../../../lib/chinaDate';
import { useDepartments } from '../../org/api/hooks';
import { DepartmentSelect } from '../../petitions/components/DepartmentSelect';
import type { RoundCan } from '../abilities';
import { useRoundFile, useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import { BRIEFING_SOURCES } from '../api/types';
import type { Briefing, BriefingSource, RoundDetail } from '../api/types';
import { sourceLabel } from '../labels';

const day = (value: Dayjs) => value.format('YYYY-MM-DD');

interface RequestValues {
  source: BriefingSource;
  departmentId?: string;
  request: string;
  dueOn: Dayjs;
}

interface ResponseValues {
  response: string;
  respondedOn: Dayjs;
}

/** 情况通报: what the round asked partner departments for, by when, and what they answered. */
export function BriefingsTab({ round, can }: { round: RoundDetail; can: RoundCan }) {
  const { t } = useTranslation();
  const file = useRoundFile(round.id);
  const departments = useDepartments(round.jurisdictionId);
  const [requesting, setRequesting] = useState(false);
  const [answering, setAnswering] = useState<Briefing | null>(null);
  const request = useRoundMutation((v: RequestValues) =>
    roundsApi.requestBriefing(round.id, {
      source: v.source,
      departmentId: v.departmentId ?? null,
      request: v.request.trim(),
      dueOn: day(v.dueOn),
    }),
  );
  const answer = useRoundMutation((v: ResponseValues) =>
    roundsApi.recordBriefingResponse(round.id, answering?.id ?? '', {
      response: v.response.trim(),
      respondedOn: day(v.respondedOn),
      version: answering?.version ?? 1,
    }),
  );
  const departmentName = (id: string | null) =>
    id ? (departments.data?.find((d) => d.id === id)?.name ?? '—') : '—';

  const columns: TableColumnsType<Briefing> = [
    {
      title: t('rounds.briefing.source'),
      dataIndex: 'source',
      render: (_, b) => <Tag>{sourceLabel(b.source)}</Tag>,
    },
    {
      title: t('rounds.briefing.department'),
      dataIndex: 'departmentId',
      render: (_, b) => departmentName(b.departmentId),
    },
    { title: t('rounds.briefing.request'), dataIndex: 'request', width: 260 },
    { title: t('rounds.briefing.dueOn'), dataIndex: 'dueOn' },
    {
      title: t('rounds.briefing.response'),
      dataIndex: 'response',
      width: 300,
      render: (_, b) =>
        b.response ? (
          <Space orientation="vertical" size={2}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{b.response}</Typography.Text>
            <Typography.Text type="secondary">{b.respondedOn}</Typography.Text>
          </Space>
        ) : (
          <Tag color={b.dueOn < cstDateString() ? 'red' : 'processing'}>
            {t('rounds.briefing.awaiting')}
          </Tag>
        ),
    },
    ...(can.answerBriefing
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, b: Briefing) => (
              <Button
                size="small"
                type="link"
                onClick={() => setAnswering(b)}
                data-testid="briefing-respond"
              >
                {b.response ? t('rounds.briefing.editResponse') : t('rounds.briefing.respond')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Text type="secondary">{t('rounds.briefing.hint')}</Typography.Text>
        {can.brief && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setRequesting(true)}
            data-testid="briefing-request"
          >
            {t('rounds.briefing.add')}
          </Button>
        )}
      </Space>
      <Table<Briefing>
        rowKey="id"
        size="small"
        pagination={false}
        loading={file.isLoading}
        columns={columns}
        dataSource={file.data?.briefings}
        scroll={{ x: 'max-content' }}
        data-testid="briefing-table"
      />
      <FormModal<RequestValues>
        open={requesting}
        title={t('rounds.briefing.add')}
        onCancel={() => setRequesting(false)}
        onSubmit={(values) => request.mutateAsync(values)}
      >
        <Form.Item
          name="source"
          label={t('rounds.briefing.source')}
          rules={[requiredRule(t, 'rounds.briefing.source')]}
        >
          <Select
            options={BRIEFING_SOURCES.map((s) => ({ value: s, label: sourceLabel(s) }))}
            data-testid="briefing-source"
          />
        </Form.Item>
        <Form.Item name="departmentId" label={t('rounds.briefing.department')}>
          <DepartmentSelect allowClear jurisdictionId={round.jurisdictionId} />
        </Form.Item>
        <Form.Item
          name="request"
          label={t('rounds.briefing.request')}
          rules={[requiredRule(t, 'rounds.briefing.request')]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            showCount
            data-testid="briefing-request-text"
          />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('rounds.briefing.dueOn')}
          rules={[requiredRule(t, 'rounds.briefing.dueOn')]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.isBefore(todayCst(), 'day')}
            data-testid="briefing-due-on"
          />
        </Form.Item>
      </FormModal>
      <FormModal<ResponseValues>
        open={answering !== null}
        title={t('rounds.briefing.respondTitle', {
          source: answering ? sourceLabel(answering.source) : '',
        })}
        initialValues={{
          response: answering?.response ?? undefined,
          respondedOn: answering?.respondedOn ? dayjs(answering.respondedOn) : todayCst(),
        }}
        onCancel={() => setAnswering(null)}
        onSubmit={(values) => answer.mutateAsync(values)}
      >
        {answering && (
          <Typography.Paragraph type="secondary">{answering.request}</Typography.Paragraph>
        )}
        <Form.Item
          name="response"
          label={t('rounds.briefing.response')}
          rules={[requiredRule(t, 'rounds.briefing.response')]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 12 }}
            maxLength={20_000}
            data-testid="briefing-response-text"
          />
        </Form.Item>
        <Form.Item
          name="respondedOn"
          label={t('rounds.briefing.respondedOn')}
          rules={[requiredRule(t, 'rounds.briefing.respondedOn')]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterTodayCst} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
