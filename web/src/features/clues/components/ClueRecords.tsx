import { Link } from 'react-router';
import { Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { methodLabel } from '../../rounds/labels';
import { fileUrl, letterUrl } from '../api/cluesApi';
import type { ClueDetail, ClueNotice, ClueReviewEntry, ClueTransfer } from '../api/types';
import { decisionLabel, noticeKindLabel } from '../labels';

/** 证据材料: the petitions and on-site records behind the clue, and its files. */
export function ClueEvidence({ clue }: { clue: ClueDetail }) {
  const { t } = useTranslation();
  const { petitions, activities, files } = clue.evidence;
  const sourceListed =
    clue.sourcePetitionId !== null && petitions.some((p) => p.id === clue.sourcePetitionId);
  const petitionLinks = [
    ...(clue.sourcePetitionId && clue.sourcePetitionCode && !sourceListed
      ? [{ id: clue.sourcePetitionId, code: clue.sourcePetitionCode }]
      : []),
    ...petitions,
  ];
  if (petitionLinks.length === 0 && activities.length === 0 && files.length === 0) {
    return <Empty description={t('clues.evidence.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  }
  return (
    <Space orientation="vertical" size="small" data-testid="clue-evidence">
      {petitionLinks.length > 0 && (
        <Space wrap>
          <Typography.Text type="secondary">{t('clues.evidence.petitions')}</Typography.Text>
          {petitionLinks.map((p) => (
            <Link key={p.id} to={`/petitions/${p.id}`} data-testid="clue-evidence-petition">
              {p.code}
            </Link>
          ))}
        </Space>
      )}
      {activities.map((a) => (
        <Space key={a.id} wrap>
          <Typography.Text type="secondary">{t('clues.evidence.activity')}</Typography.Text>
          <Link to={`/rounds/${a.roundId}`} data-testid="clue-evidence-activity">
            {methodLabel(a.method)}：{a.summary}
          </Link>
        </Space>
      ))}
      {files.length > 0 && (
        <Space wrap>
          <Typography.Text type="secondary">{t('clues.evidence.files')}</Typography.Text>
          {files.map((f) => (
            <a key={f.id} href={fileUrl(clue.id, f.id)} download data-testid="clue-evidence-file">
              <DownloadOutlined /> {f.name}
            </a>
          ))}
        </Space>
      )}
    </Space>
  );
}

/** 移交记录: each 移交函 with its number, receiver, feedback date and acknowledgement. */
export function ClueTransfers({ clue }: { clue: ClueDetail }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ClueTransfer> = [
    {
      key: 'letter',
      title: t('clues.transfer.letterNumber'),
      render: (_, tr) => (
        <Space size={4} wrap>
          <span data-testid="clue-transfer-letter">{tr.letterNumber}</span>
          <a href={letterUrl(clue.id, tr.id)} download data-testid="clue-transfer-letter-docx">
            <DownloadOutlined /> {t('clues.transfer.printLetter')}
          </a>
        </Space>
      ),
    },
    {
      key: 'receiver',
      title: t('clues.field.receiver'),
      render: (_, tr) => (
        <Space size={4} wrap>
          <span>{tr.receiverName}</span>
          {tr.onPaper && <Tag color="orange">{t('clues.transfer.onPaper')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'transferredOn',
      title: t('clues.transfer.transferredOn'),
      render: (_, tr) => `${tr.transferredOn} · ${tr.transferredByName}`,
    },
    { key: 'feedbackDueOn', title: t('clues.field.feedbackDueOn'), dataIndex: 'feedbackDueOn' },
    {
      key: 'changeReason',
      title: t('clues.transfer.changeReason'),
      render: (_, tr) => tr.changeReason ?? '—',
    },
    {
      key: 'acknowledged',
      title: t('clues.transfer.acknowledgement'),
      render: (_, tr) =>
        tr.acknowledgedAt ? (
          <Tag color="green" data-testid="clue-transfer-acknowledged">
            {t('clues.transfer.acknowledged', {
              at: formatDateTime(tr.acknowledgedAt),
              name: tr.acknowledgedByName ?? '—',
            })}
          </Tag>
        ) : (
          <Tag color="orange">{t('clues.transfer.awaiting')}</Tag>
        ),
    },
  ];
  return (
    <Table<ClueTransfer>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={clue.transfers}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('clues.transfer.none') }}
      data-testid="clue-transfers"
    />
  );
}

/** 集体研判: the meetings that decided on this clue. */
export function ClueReviews({ clue }: { clue: ClueDetail }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ClueReviewEntry> = [
    { key: 'heldOn', title: t('clues.review.heldOn'), dataIndex: 'heldOn' },
    { key: 'chair', title: t('clues.review.chair'), dataIndex: 'chair' },
    {
      key: 'decision',
      title: t('clues.review.decision'),
      render: (_, r) => <Tag color="blue">{decisionLabel(r.decision)}</Tag>,
    },
    { key: 'note', title: t('clues.review.note'), render: (_, r) => r.note ?? '—' },
  ];
  return (
    <Table<ClueReviewEntry>
      rowKey={(r) => `${r.reviewId}-${r.decision}`}
      size="small"
      columns={columns}
      dataSource={clue.reviews}
      pagination={false}
      locale={{ emptyText: t('clues.review.none') }}
      data-testid="clue-reviews"
    />
  );
}

const NOTICE_COLORS: Record<string, string> = {
  pendingAccount: 'volcano',
  deadAccount: 'red',
  shelvedReview: 'gold',
  supervision: 'purple',
};

/** 提醒与督办: 挂账/呆账 reminders, 暂存待查 reviews and 督办 notices to the receiver. */
export function ClueNotices({ clue }: { clue: ClueDetail }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ClueNotice> = [
    {
      key: 'kind',
      title: t('clues.notice.kind'),
      render: (_, n) => (
        <Tag color={NOTICE_COLORS[n.kind] ?? 'default'}>{noticeKindLabel(n.kind)}</Tag>
      ),
    },
    { key: 'message', title: t('clues.notice.message'), dataIndex: 'message' },
    { key: 'dueOn', title: t('clues.notice.dueOn'), dataIndex: 'dueOn' },
    {
      key: 'issuedAt',
      title: t('clues.notice.issuedAt'),
      render: (_, n) => formatDateTime(n.issuedAt),
    },
  ];
  return (
    <Table<ClueNotice>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={clue.notices}
      pagination={false}
      locale={{ emptyText: t('clues.notice.none') }}
      data-testid="clue-notices"
    />
  );
}
