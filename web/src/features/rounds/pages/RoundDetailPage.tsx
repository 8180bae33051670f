import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Tabs, Tag } from 'antd';
import { EditOutlined, LockOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { useSession } from '../../auth/session';
import { roundAbilities } from '../abilities';
import { useRound } from '../api/hooks';
import type { RoundDetail } from '../api/types';
import { ActivitiesTab } from '../components/ActivitiesTab';
import { ArchiveIndex } from '../components/ArchiveIndex';
import { BriefingsTab } from '../components/BriefingsTab';
import { FindingsTab } from '../components/FindingsTab';
import { ReportsTab } from '../components/ReportsTab';
import { RoundActions } from '../components/RoundActions';
import { RoundPlanModal } from '../components/RoundPlanModal';
import { RoundStageTag } from '../components/RoundStageTag';
import { RoundStages } from '../components/RoundStages';
import { TeamsTab } from '../components/TeamsTab';
import { kindLabel } from '../labels';

export interface PlannedState {
  planned: true;
}

function justPlanned(state: unknown): state is PlannedState {
  return typeof state === 'object' && state !== null && 'planned' in state;
}

function Overview({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 4 }}
      data-testid="round-overview"
      items={[
        { key: 'kind', label: t('rounds.field.kind'), children: kindLabel(round.kind) },
        { key: 'topic', label: t('rounds.field.topic'), children: round.topic ?? '—' },
        {
          key: 'dates',
          label: t('rounds.field.dates'),
          children: `${round.startsOn ?? '—'} ~ ${round.endsOn ?? '—'}`,
        },
        {
          key: 'authorizationNo',
          label: t('rounds.field.authorizationNo'),
          children: round.authorizationNo ?? '—',
        },
      ]}
    />
  );
}

/** 巡察轮次详情: the six stages with their gates, the steps the server allows, and the records. */
export function RoundDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const me = useSession();
  const round = useRound(id);
  const [tab, setTab] = useState('teams');
  const [editing, setEditing] = useState(false);

  if (round.isLoading) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', padding: 64 }}>
        <Spin />
      </div>
    );
  }
  if (round.error || !round.data) {
    const status = isApiError(round.error) ? round.error.status : 0;
    if (status === 404 || status === 400) {
      return (
        <Result
          status="404"
          title="404"
          subTitle={t('rounds.notFound')}
          data-testid="round-not-found"
          extra={<Link to="/rounds">{t('rounds.backToList')}</Link>}
        />
      );
    }
    return (
      <Result
        status={status === 403 ? '403' : 'error'}
        title={describeError(round.error, t).title}
        extra={<Button onClick={() => void round.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  const r = round.data;
  const can = roundAbilities(r, me);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {justPlanned(location.state) && (
        <Alert
          type="success"
          showIcon
          closable
          title={t('rounds.plan.created', { name: r.name })}
          data-testid="round-planned"
        />
      )}
      {r.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('rounds.plan.warnings')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {r.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
          data-testid="round-warnings"
        />
      )}
      {can.readOnly && (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          title={t('rounds.readOnly')}
          data-testid="round-read-only"
        />
      )}
      <Card
        data-testid="round-detail"
        title={
          <Space wrap>
            <span data-testid="round-name">{r.name}</span>
            <Tag>{kindLabel(r.kind)}</Tag>
            <RoundStageTag stage={r.stage} />
          </Space>
        }
        extra={
          <Space wrap>
            {can.update && (
              <Button
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                data-testid="round-edit"
              >
                {t('rounds.plan.edit')}
              </Button>
            )}
            {!can.readOnly && (
              <Button
                icon={<QrcodeOutlined />}
                href={`/api/rounds/${encodeURIComponent(r.id)}/report-poster`}
                download
                data-testid="round-poster"
              >
                {t('rounds.poster')}
              </Button>
            )}
            <RoundActions round={r} />
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Overview round={r} />
          <RoundStages round={r} />
        </Space>
      </Card>
      {can.readOnly && <ArchiveIndex round={r} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            {
              key: 'teams',
              label: t('rounds.tabs.teams'),
              children: <TeamsTab round={r} can={can} />,
            },
            {
              key: 'briefings',
              label: t('rounds.tabs.briefings'),
              children: <BriefingsTab round={r} can={can} />,
            },
            {
              key: 'activities',
              label: t('rounds.tabs.activities'),
              children: <ActivitiesTab round={r} can={can} />,
            },
            {
              key: 'findings',
              label: t('rounds.tabs.findings'),
              children: <FindingsTab round={r} can={can} />,
            },
            {
              key: 'reports',
              label: t('rounds.tabs.reports'),
              children: <ReportsTab round={r} can={can} />,
            },
          ]}
        />
      </Card>
      {can.update && <RoundPlanModal round={r} open={editing} onClose={() => setEditing(false)} />}
    </Space>
  );
}
