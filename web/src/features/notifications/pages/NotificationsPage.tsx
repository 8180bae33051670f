import { useState } from 'react';
import { Button, Card, Pagination, Segmented, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { useMarkAllRead, useNotifications } from '../api/notificationsApi';
import type { NotificationFilters } from '../api/notificationsApi';
import { NotificationList } from '../components/NotificationList';
import { useOpenNotification } from '../useOpenNotification';

export function NotificationsPage() {
  const { t } = useTranslation();
  const showError = useShowError();
  const [filters, setFilters] = useState<NotificationFilters>({
    page: 1,
    pageSize: 20,
    unreadOnly: false,
  });
  const notifications = useNotifications(filters);
  const markAll = useMarkAllRead();
  const openNotification = useOpenNotification();

  return (
    <Card
      title={t('menu.notifications')}
      extra={
        <Space>
          <Segmented<'all' | 'unread'>
            value={filters.unreadOnly ? 'unread' : 'all'}
            onChange={(v) => setFilters((f) => ({ ...f, page: 1, unreadOnly: v === 'unread' }))}
            options={[
              { value: 'all', label: t('notifications.all') },
              {
                value: 'unread',
                label: t('notifications.unreadCount', { count: notifications.data?.unread ?? 0 }),
              },
            ]}
          />
          <Button
            disabled={!notifications.data?.unread}
            loading={markAll.isPending}
            onClick={() => markAll.mutate(undefined, { onError: (e) => showError(e) })}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Space>
      }
    >
      <Spin spinning={notifications.isFetching}>
        <NotificationList items={notifications.data?.items ?? []} onOpen={openNotification} />
      </Spin>
      <Pagination
        style={{ marginTop: 16, textAlign: 'right' }}
        current={filters.page}
        pageSize={filters.pageSize}
        total={notifications.data?.total ?? 0}
        hideOnSinglePage
        showTotal={(total) => t('common.total', { total })}
        onChange={(page, pageSize) => setFilters((f) => ({ ...f, page, pageSize }))}
      />
    </Card>
  );
}
