import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '../../../components/QueryResult';
import { WorkflowTimeline } from '../../../components/WorkflowTimeline';
import { escalationLabel } from '../../rectification/labels';
import { useCommonProblem } from '../api/hooks';
import { commonProblemFileUrl } from '../api/commonProblemsApi';
import type { CommonProblemDetail } from '../api/types';
import { CommonProblemActions } from '../components/CommonProblemActions';
import { CommonDeadlineTag, CommonStateTag } from '../components/CommonProblemTags';
import { EditCommonProblemModal } from '../components/EditCommonProblemModal';
import { actionLabel, roleLabel, stateLabel } from '../labels';

/**
 * 共性问题: the three parties (牵头单位, 配合单位, 巡察办督办), the findings of each unit, the
 * measures and deadline, the evidence, the escalation steps and the history. Buttons are exactly
 * the steps the server lists for this caller.
 */
export function CommonProblemPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useCommonProblem(id);
  return (
    <QueryResult
      query={query}
      notFound={{
        text: t('commonProblem.notFound'),
        testId: 'common-not-found',
        backTo: '/rectification/common-problems',
        backText: t('commonProblem.backToList'),
      }}
    >
      {(problem) => <CommonProblemView problem={problem} />}
    </QueryResult>
  );
}

function CommonProblemView({ problem }: { problem: CommonProblemDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        data-testid="common-detail"
        data-state={problem.state}
        title={
          <Space wrap>
            <span>{problem.title}</span>
            <CommonStateTag problem={problem} />
            <CommonDeadlineTag problem={problem} />
          </Space>
        }
        extra={
          <Space wrap>
            {problem.canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
            <CommonProblemActions problem={problem} />
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 3 }}
            data-testid="common-parties"
          >
            <Descriptions.Item label={t('commonProblem.field.leadUnit')}>
              <Space orientation="vertical" size={0}>
                <strong>{problem.leadUnit.name}</strong>
                <Typography.Text type="secondary">{problem.responsibleLeader}</Typography.Text>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('commonProblem.field.cooperatingUnits')}>
              <Space size={4} wrap>
                {problem.cooperatingUnits.map((u) => (
                  <Tag key={u.id}>{u.name}</Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('commonProblem.field.supervision')}>
              {t('commonProblem.office')}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary" data-testid="common-role">
            {roleLabel(problem.role)}
          </Typography.Text>
          {problem.overdue && (
            <Alert type="error" showIcon title={t('commonProblem.overdueNote')} />
          )}
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('commonProblem.field.problem')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{problem.problem}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification.field.measures')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{problem.measures}</span>
            </Descriptions.Item>
          </Descriptions>
        </Space>
      </Card>
      <Card title={t('commonProblem.field.findings')} size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={problem.findings}
          data-testid="common-findings"
          columns={[
            { key: 'unit', title: t('commonProblem.field.unit'), dataIndex: 'unitName' },
            { key: 'problem', title: t('rectification.field.problem'), dataIndex: 'problem' },
            { key: 'round', title: t('commonProblem.field.round'), dataIndex: 'roundName' },
          ]}
        />
      </Card>
      <Card title={t('rectification.field.evidence')} size="small">
        <List
          size="small"
          dataSource={problem.files}
          locale={{ emptyText: t('commonProblem.noEvidence') }}
          data-testid="common-files"
          renderItem={(f) => (
            <List.Item>
              <a href={commonProblemFileUrl(problem.id, f.id)} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {f.name}
              </a>
            </List.Item>
          )}
        />
      </Card>
      {problem.escalations.length > 0 && (
        <Card title={t('commonProblem.escalations')} size="small">
          <List
            size="small"
            dataSource={problem.escalations}
            data-testid="common-escalations"
            renderItem={(e) => (
              <List.Item>
                <Space wrap>
                  <Tag color={e.kind === 'dueSoon' ? 'gold' : 'red'}>{escalationLabel(e.kind)}</Tag>
                  <span>{e.message}</span>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card title={t('commonProblem.history')} size="small">
        <WorkflowTimeline
          steps={problem.history}
          actionLabel={actionLabel}
          stateLabel={stateLabel}
          colors={{ close: 'green', reject: 'red', supervise: 'orange' }}
          empty={t('commonProblem.noHistory')}
          testId="common-history"
          stepTestId="common-history-step"
        />
      </Card>
      <EditCommonProblemModal problem={problem} open={editing} onClose={() => setEditing(false)} />
    </Space>
  );
}
