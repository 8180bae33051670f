import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Flex, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SimilarPetition, SimilarReason } from '../api/types';
import { reasonLabel } from '../labels';
import { PetitionStateTag } from './PetitionStateTag';

const REASON_COLORS: Record<SimilarReason, string> = {
  same_petitioner: 'red',
  same_accused: 'volcano',
  same_unit: 'orange',
  similar_text: 'blue',
};

interface Props {
  item: SimilarPetition;
  /** Open the link in a new tab (the registration form must not lose what was typed). */
  newTab?: boolean;
  extra?: ReactNode;
}

/** One likely duplicate: code (link), score, reasons as tags, summary. */
export function SimilarItem({ item, newTab, extra }: Props) {
  const { t } = useTranslation();
  const percent = Math.round(item.score * 100);
  return (
    <div
      data-testid="similar-item"
      data-code={item.code}
      style={{ padding: '8px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space size={6} wrap>
          <Link
            to={`/petitions/${item.id}`}
            target={newTab ? '_blank' : undefined}
            rel={newTab ? 'noopener' : undefined}
          >
            {item.code}
          </Link>
          <PetitionStateTag state={item.state} />
          <Typography.Text type="secondary">{item.receivedOn}</Typography.Text>
        </Space>
        <span title={t('petitions.similar.score')}>
          <Progress
            type="circle"
            size={36}
            percent={percent}
            status={percent >= 70 ? 'exception' : 'normal'}
            format={(p) => `${p ?? 0}`}
          />
        </span>
      </Flex>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
        {item.summary}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space size={[0, 4]} wrap>
          {item.reasons.map((reason) => (
            <Tag
              key={reason}
              color={REASON_COLORS[reason] ?? 'default'}
              data-testid="similar-reason"
            >
              {reasonLabel(reason)}
            </Tag>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('petitions.similar.textSimilarity', {
              percent: Math.round(item.textSimilarity * 100),
            })}
          </Typography.Text>
        </Space>
        {extra}
      </Flex>
    </div>
  );
}
