import { useMemo } from 'react';
import { Alert, Card, Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useDuplicateCheck } from '../api/hooks';
import type { DuplicateDraft } from '../api/types';
import { SimilarItem } from './SimilarItem';

export const DUPLICATE_CHECK_DELAY_MS = 400;

/** Enough typed to make a check worthwhile: some text, a petitioner number or an accused. */
export function isCheckable(draft: DuplicateDraft): boolean {
  return (
    (draft.summary?.trim().length ?? 0) >= 2 ||
    (draft.content?.trim().length ?? 0) >= 10 ||
    Boolean(draft.petitioner?.idNumber || draft.petitioner?.phone) ||
    (draft.accused ?? []).some((a) => a.name || a.unitId || a.unitName)
  );
}

/**
 * 疑似重复件 while registering: the draft is checked on the server (nothing is stored) once the
 * clerk stops typing for 400 ms; each candidate shows its score, why it matched and a link.
 */
export function DuplicatePanel({ draft }: { draft: DuplicateDraft }) {
  const { t } = useTranslation();
  const key = JSON.stringify(draft);
  const settled = useDebouncedValue(key, DUPLICATE_CHECK_DELAY_MS);
  const probe = useMemo(() => {
    const parsed = JSON.parse(settled) as DuplicateDraft;
    return isCheckable(parsed) ? parsed : null;
  }, [settled]);
  const check = useDuplicateCheck(probe);
  const items = probe ? (check.data ?? []) : [];

  return (
    <Card
      size="small"
      title={t('petitions.duplicates.title')}
      data-testid="duplicate-panel"
      extra={<Spin size="small" spinning={check.isFetching} />}
    >
      {!probe ? (
        <Typography.Text type="secondary">{t('petitions.duplicates.hint')}</Typography.Text>
      ) : check.isError ? (
        <Alert type="warning" showIcon title={t('petitions.duplicates.failed')} />
      ) : items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            check.isFetching ? t('petitions.duplicates.checking') : t('petitions.duplicates.none')
          }
        />
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('petitions.duplicates.found', { count: items.length })}
            style={{ marginBottom: 8 }}
          />
          {items.map((item) => (
            <SimilarItem key={item.id} item={item} newTab />
          ))}
        </>
      )}
    </Card>
  );
}
