import { Link, useParams } from 'react-router';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '../../../components/QueryResult';
import { useClue } from '../api/hooks';
import type { ClueDetail } from '../api/types';
import { ClueAccountSteps } from '../components/ClueAccountSteps';
import { ClueActions } from '../components/ClueActions';
import { ClueEvidence, ClueNotices, ClueReviews, ClueTransfers } from '../components/ClueRecords';
import { ClueAccountTag, ClueFlags } from '../components/ClueTags';
import { ClueTimeline } from '../components/ClueTimeline';
import {
  agingOf,
  cadreLevelLabel,
  dayOf,
  disciplineLabel,
  disposalLabel,
  dualResultLabel,
  focusLabel,
  outcomeLabel,
  sourceLabel,
} from '../labels';

function Fields({ clue }: { clue: ClueDetail }) {
  const { t } = useTranslation();
  const items: DescriptionsProps['items'] = [
    { key: 'source', label: t('clues.field.source'), children: sourceLabel(clue.source) },
    ...(clue.roundId
      ? [
          {
            key: 'round',
            label: t('clues.field.round'),
            children: (
              <Link to={`/rounds/${clue.roundId}`}>{clue.roundName ?? t('clues.field.round')}</Link>
            ),
          },
        ]
      : []),
    { key: 'accused', label: t('clues.field.accused'), children: clue.accusedName ?? '—' },
    { key: 'unit', label: t('clues.field.unit'), children: clue.accusedUnitName ?? '—' },
    { key: 'position', label: t('clues.field.position'), children: clue.accusedPosition ?? '—' },
    {
      key: 'cadreLevel',
      label: t('clues.field.cadreLevel'),
      children: clue.accusedCadreLevel ? cadreLevelLabel(clue.accusedCadreLevel) : '—',
    },
    {
      key: 'focus',
      label: t('clues.field.focus'),
      children: clue.focus ? focusLabel(clue.focus) : '—',
    },
    {
      key: 'disciplines',
      label: t('clues.field.disciplines'),
      children:
        clue.disciplines.length === 0
          ? '—'
          : clue.disciplines.map((d) => <Tag key={d}>{disciplineLabel(d)}</Tag>),
    },
    {
      key: 'accountDueOn',
      label: t('clues.field.accountDueOn'),
      children: clue.accountDueOn ?? '—',
    },
    { key: 'receiver', label: t('clues.field.receiver'), children: clue.receiverName ?? '—' },
    {
      key: 'feedbackDueOn',
      label: t('clues.field.feedbackDueOn'),
      children: clue.feedbackDueOn ?? '—',
    },
    {
      key: 'disposal',
      label: t('clues.field.disposal'),
      children: clue.disposal ? (
        <span data-testid="clue-detail-disposal">
          {disposalLabel(clue.disposal)} · {clue.disposalOn ?? '—'}
        </span>
      ) : (
        '—'
      ),
    },
    ...(clue.reviewDueOn
      ? [
          {
            key: 'reviewDueOn',
            label: t('clues.field.reviewDueOn'),
            children: clue.reviewDueOn,
          },
        ]
      : []),
    ...(clue.dualInquiryResult
      ? [
          {
            key: 'dualInquiry',
            label: t('clues.field.dualInquiryResult'),
            children: (
              <Space orientation="vertical" size={2}>
                <span>
                  {dualResultLabel(clue.dualInquiryResult)} · {clue.dualInquiryOn ?? '—'}
                </span>
                {clue.dualInquiryNote && <span>{clue.dualInquiryNote}</span>}
              </Space>
            ),
          },
        ]
      : []),
    {
      key: 'outcome',
      label: t('clues.field.outcome'),
      children: clue.outcome ? (
        <Space orientation="vertical" size={2} data-testid="clue-detail-outcome">
          <Space size={4} wrap>
            <span>
              {outcomeLabel(clue.outcome)} · {clue.outcomeOn ?? '—'}
            </span>
            {clue.falseAccusation && <Tag color="red">{t('clues.falseAccusation')}</Tag>}
          </Space>
          {clue.outcomeNote && <span>{clue.outcomeNote}</span>}
        </Space>
      ) : (
        '—'
      ),
    },
    ...(clue.confidential
      ? [
          {
            key: 'members',
            label: t('clues.field.members'),
            children: clue.members.map((m) => m.displayName).join('、') || '—',
          },
        ]
      : []),
    {
      key: 'createdAt',
      label: t('clues.field.createdAt'),
      children: dayOf(clue.createdAt),
    },
  ];
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={items}
      data-testid="clue-fields"
    />
  );
}

/**
 * 问题线索详情: the five accounts as steps, the clue, its evidence, the 移交函 and their
 * acknowledgement, the collective reviews, reminders and the history; the buttons are exactly
 * the steps the server lists in `actions`.
 */
export function ClueDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useClue(id);

  return (
    <QueryResult
      query={query}
      notFound={{
        text: t('clues.notFound'),
        testId: 'clue-not-found',
        backTo: '/clues',
        backText: t('clues.backToList'),
      }}
    >
      {(clue) => <ClueView clue={clue} />}
    </QueryResult>
  );
}

function ClueView({ clue }: { clue: ClueDetail }) {
  const { t } = useTranslation();
  const aging = agingOf(clue);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        data-testid="clue-detail"
        title={
          <Space wrap>
            <span data-testid="clue-code">{clue.code}</span>
            <ClueAccountTag account={clue.account} testId="clue-detail-account" />
            {aging && (
              <Tag color={aging} data-testid="clue-age">
                {t('clues.ageDays', { count: clue.ageDays })}
              </Tag>
            )}
            <ClueFlags clue={clue} />
          </Space>
        }
        extra={<ClueActions clue={clue} />}
      >
        <ClueAccountSteps clue={clue} />
        <div style={{ marginTop: 24 }}>
          <Fields clue={clue} />
        </div>
      </Card>
      <Card size="small" title={t('clues.field.description')}>
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', margin: 0 }}
          data-testid="clue-description-text"
        >
          {clue.description}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('clues.evidence.title')}>
        <ClueEvidence clue={clue} />
      </Card>
      <Card size="small" title={t('clues.transfer.records')}>
        <ClueTransfers clue={clue} />
      </Card>
      <Card size="small" title={t('menu.clueReviews')}>
        <ClueReviews clue={clue} />
      </Card>
      <Card size="small" title={t('clues.notice.title')}>
        <ClueNotices clue={clue} />
      </Card>
      <Card size="small" title={t('clues.timeline.title')}>
        <ClueTimeline clue={clue} />
      </Card>
    </Space>
  );
}
