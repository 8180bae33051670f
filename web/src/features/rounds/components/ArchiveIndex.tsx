import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFileIndex } from '../api/hooks';
import type { RoundDetail, RoundFileIndex } from '../api/types';

type Entry = RoundFileIndex['entries'][number];
const COUNTS = [
  'activities',
  'talks',
  'documentReviews',
  'petitions',
  'clues',
  'findings',
  'briefings',
  'reports',
  'members',
] as const;

/** 立卷归案: the round's file index, every record numbered, with the cover-sheet counts. */
export function ArchiveIndex({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const index = useFileIndex(round.id);
  return (
    <Card
      size="small"
      title={t('rounds.archive.title')}
      loading={index.isLoading}
      data-testid="round-archive-index"
    >
      <Row gutter={[16, 16]}>
        {COUNTS.map((key) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Statistic
              title={t(`rounds.archive.count.${key}`)}
              value={index.data?.counts[key] ?? 0}
            />
          </Col>
        ))}
      </Row>
      <Table<Entry>
        rowKey="no"
        size="small"
        style={{ marginTop: 16 }}
        dataSource={index.data?.entries}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('rounds.archive.no'), dataIndex: 'no', width: 64 },
          {
            title: t('rounds.archive.kind'),
            dataIndex: 'kind',
            width: 120,
            render: (v: string) => <Tag>{t(`rounds.archive.entry.${v}`)}</Tag>,
          },
          { title: t('rounds.archive.entryTitle'), dataIndex: 'title', ellipsis: true },
          {
            title: t('rounds.archive.on'),
            dataIndex: 'on',
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
    </Card>
  );
}
