import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Empty, Layout, List, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch';
import { describeError } from '../../../lib/errors';
import { usePublicDisclosures } from '../api/hooks';

/**
 * 巡察整改公开: what was published to the public about the units' rectification. Open to anyone
 * — it renders outside the signed-in layout and never sends the visitor to the login page.
 */
export function PublicDisclosuresPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = usePublicDisclosures(page, pageSize);

  return (
    <Layout style={{ minHeight: '100vh', background: '#f3f4f6' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          background: '#a8071a',
        }}
      >
        <Typography.Title level={3} style={{ color: '#fff', margin: 0 }} data-testid="public-title">
          {t('rectification.public.title')}
        </Typography.Title>
        <Space>
          <LanguageSwitch />
          <Link to="/login" style={{ color: '#fff' }}>
            {t('rectification.public.login')}
          </Link>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 960, width: '100%', margin: '0 auto' }}>
        {query.isError ? (
          <Result
            status="error"
            title={describeError(query.error, t).title}
            extra={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <List
            loading={query.isLoading}
            dataSource={query.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('rectification.public.empty')} /> }}
            data-testid="public-disclosures"
            pagination={
              (query.data?.total ?? 0) > pageSize
                ? { current: page, pageSize, total: query.data?.total ?? 0, onChange: setPage }
                : false
            }
            renderItem={(d) => (
              <List.Item key={d.id} style={{ display: 'block' }}>
                <Card
                  size="small"
                  data-testid="public-disclosure"
                  data-id={d.id}
                  title={d.title}
                  extra={<Typography.Text type="secondary">{d.publishedOn}</Typography.Text>}
                >
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    {t('rectification.public.meta', { unit: d.unitName, round: d.roundName })}
                  </Typography.Paragraph>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {d.summary}
                  </Typography.Paragraph>
                </Card>
              </List.Item>
            )}
          />
        )}
      </Layout.Content>
    </Layout>
  );
}
