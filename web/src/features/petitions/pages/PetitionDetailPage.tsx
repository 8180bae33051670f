import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Result,
  Space,
  Spin,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { BulbOutlined, FileWordOutlined, FlagOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { useSession } from '../../auth/session';
import { usePetition } from '../api/hooks';
import { exportUrl } from '../api/petitionsApi';
import { NO_ABILITIES } from '../api/types';
import type { PetitionDetail } from '../api/types';
import { AccusedList } from '../components/AccusedList';
import { AttachmentsPanel } from '../components/AttachmentsPanel';
import { DueDate } from '../components/DueDate';
import { PetitionActions } from '../components/PetitionActions';
import { PetitionerCard } from '../components/PetitionerCard';
import { PetitionStateTag } from '../components/PetitionStateTag';
import { PetitionTimeline } from '../components/PetitionTimeline';
import { ReporterThread } from '../components/ReporterThread';
import { ReviewFlagModal } from '../components/ReviewFlagModal';
import { SimilarPanel } from '../components/SimilarPanel';
import { SpawnClueModal } from '../components/SpawnClueModal';
import {
  answerMethodLabel,
  channelLabel,
  disciplineLabel,
  focusLabel,
  reviewFlagLabel,
  runningDeadline,
} from '../labels';
import type { RegisteredState } from './RegisterPetitionPage';

function justRegistered(state: unknown): state is RegisteredState {
  return typeof state === 'object' && state !== null && 'registered' in state;
}

function Overview({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const running = runningDeadline(petition);
  const daysFor = (kind: string) => (running?.kind === kind ? running.daysLeft : undefined);
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      data-testid="petition-overview"
      items={[
        {
          key: 'channel',
          label: t('petitions.field.channel'),
          children: channelLabel(petition.channel),
        },
        {
          key: 'receivedOn',
          label: t('petitions.field.receivedOn'),
          children: petition.receivedOn,
        },
        {
          key: 'acceptanceDueOn',
          label: t('petitions.field.acceptanceDueOn'),
          children: <DueDate dueOn={petition.acceptanceDueOn} daysLeft={daysFor('acceptance')} />,
        },
        {
          key: 'acceptedOn',
          label: t('petitions.field.acceptedOn'),
          children: petition.acceptedOn ?? '—',
        },
        {
          key: 'conclusionDueOn',
          label: t('petitions.field.conclusionDueOn'),
          children: (
            <Space size={4}>
              <DueDate dueOn={petition.conclusionDueOn} daysLeft={daysFor('conclusion')} />
              {petition.extensionDays !== null && (
                <Tag color="orange">
                  {t('petitions.extended', { days: petition.extensionDays })}
                </Tag>
              )}
            </Space>
          ),
        },
        ...(petition.transferDueOn
          ? [
              {
                key: 'transferDueOn',
                label: t('petitions.field.transferDueOn'),
                children: (
                  <DueDate dueOn={petition.transferDueOn} daysLeft={daysFor('transfer_reply')} />
                ),
              },
            ]
          : []),
        {
          key: 'handler',
          label: t('petitions.field.handler'),
          children: !petition.handlerId
            ? '—'
            : petition.handlerId === user.id
              ? t('petitions.handlerMe')
              : (petition.handlerName ?? t('petitions.handlerAssigned')),
        },
        {
          key: 'focus',
          label: t('petitions.field.focus'),
          children: petition.focus ? focusLabel(petition.focus) : '—',
        },
        {
          key: 'disciplines',
          label: t('petitions.field.disciplines'),
          children:
            petition.disciplines.length === 0
              ? '—'
              : petition.disciplines.map((d) => <Tag key={d}>{disciplineLabel(d)}</Tag>),
        },
        {
          key: 'sourceReference',
          label: t('petitions.field.sourceReference'),
          children: petition.sourceReference ?? '—',
        },
        ...(petition.clueIds.length > 0
          ? [
              {
                key: 'clues',
                label: t('petitions.field.clues'),
                children: t('petitions.clue.count', { count: petition.clueIds.length }),
              },
            ]
          : []),
      ]}
    />
  );
}

function Outcome({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  if (!petition.answer && !petition.notAcceptedReason && !petition.reviewFlag) return null;
  return (
    <Card size="small" title={t('petitions.outcome')} data-testid="petition-outcome">
      <Descriptions
        size="small"
        column={1}
        items={[
          ...(petition.notAcceptedReason
            ? [
                {
                  key: 'notAccepted',
                  label: t('petitions.field.notAcceptedReason'),
                  children: petition.notAcceptedReason,
                },
              ]
            : []),
          ...(petition.answer
            ? [
                {
                  key: 'answer',
                  label: t('petitions.field.answer'),
                  children: (
                    <Space orientation="vertical" size={2}>
                      <span>
                        {answerMethodLabel(petition.answer.method)} ·{' '}
                        {petition.answer.answeredOn ?? '—'}
                      </span>
                      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                        {petition.answer.content ?? ''}
                      </Typography.Text>
                    </Space>
                  ),
                },
              ]
            : []),
          ...(petition.reviewFlag
            ? [
                {
                  key: 'review',
                  label: t('petitions.field.reviewFlag'),
                  children: (
                    <Space orientation="vertical" size={2}>
                      <Tag color="red">{reviewFlagLabel(petition.reviewFlag)}</Tag>
                      {petition.reviewNote && <span>{petition.reviewNote}</span>}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

/** 信访件详情: the file, its deadlines, the buttons the server allows, and its history. */
export function PetitionDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const registered = justRegistered(location.state);
  const petition = usePetition(id);
  const [tab, setTab] = useState(registered ? 'similar' : 'detail');
  const [reviewOpen, setReviewOpen] = useState(false);
  const [clueOpen, setClueOpen] = useState(false);

  if (petition.isLoading) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', padding: 64 }}>
        <Spin />
      </div>
    );
  }
  if (petition.error || !petition.data) {
    const status = isApiError(petition.error) ? petition.error.status : 0;
    if (status === 404 || status === 400) {
      return (
        <Result
          status="404"
          title="404"
          subTitle={t('petitions.notFound')}
          data-testid="petition-not-found"
          extra={<Link to="/petitions">{t('petitions.backToList')}</Link>}
        />
      );
    }
    return (
      <Result
        status={status === 403 ? '403' : 'error'}
        title={describeError(petition.error, t).title}
        extra={<Button onClick={() => void petition.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  const p = petition.data;
  const can = p.can ?? NO_ABILITIES;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {registered && (
        <Alert
          type="success"
          showIcon
          closable
          title={t('petitions.registeredAlert', { code: p.code })}
          description={t('petitions.registeredHint')}
          data-testid="petition-registered"
        />
      )}
      <Card
        data-testid="petition-detail"
        title={
          <Space wrap>
            <span data-testid="petition-code">{p.code}</span>
            <PetitionStateTag state={p.state} />
            {p.reviewFlag && <Tag color="red">{reviewFlagLabel(p.reviewFlag)}</Tag>}
            {p.caseGroupId && <Tag color="orange">{t('petitions.similar.grouped')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            <PetitionActions petition={p} />
            {can.download && (
              <Button
                icon={<FileWordOutlined />}
                href={exportUrl(p.id)}
                data-testid="petition-export"
              >
                {t('petitions.export')}
              </Button>
            )}
            {can.flag && (
              <Button
                icon={<FlagOutlined />}
                onClick={() => setReviewOpen(true)}
                data-testid="petition-review-flag"
              >
                {t('petitions.review.button')}
              </Button>
            )}
            {can.spawnClue && (
              <Button
                icon={<BulbOutlined />}
                onClick={() => setClueOpen(true)}
                data-testid="petition-spawn-clue"
              >
                {t('petitions.clue.button')}
              </Button>
            )}
          </Space>
        }
      >
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {p.summary}
        </Typography.Title>
        <Overview petition={p} />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'detail',
              label: t('petitions.tabs.detail'),
              children: (
                <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                  <PetitionerCard petition={p} />
                  <Card size="small" title={t('petitions.field.accused')}>
                    <AccusedList accused={p.accused} />
                  </Card>
                  <Card size="small" title={t('petitions.field.content')}>
                    <Typography.Paragraph
                      style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                      data-testid="petition-content-text"
                    >
                      {p.content}
                    </Typography.Paragraph>
                  </Card>
                  <Outcome petition={p} />
                  <ReporterThread petition={p} />
                </Space>
              ),
            },
            {
              key: 'timeline',
              label: t('petitions.tabs.timeline', { count: p.timeline.length }),
              children: <PetitionTimeline petition={p} />,
            },
            {
              key: 'attachments',
              label: t('petitions.tabs.attachments', { count: p.attachments.length }),
              children: <AttachmentsPanel petition={p} />,
            },
            {
              key: 'similar',
              label: t('petitions.tabs.similar'),
              children: <SimilarPanel petition={p} />,
            },
          ]}
        />
      </Card>
      <ReviewFlagModal petition={p} open={reviewOpen} onClose={() => setReviewOpen(false)} />
      <SpawnClueModal petition={p} open={clueOpen} onClose={() => setClueOpen(false)} />
    </Space>
  );
}
