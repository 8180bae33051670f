import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Badge, Button, Popover, Space, Spin } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMarkAllRead, useNotifications, useUnreadCount } from '../api/notificationsApi';
import { useOpenNotification } from '../useOpenNotification';
import { NotificationList } from './NotificationList';

export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const latest = useNotifications({ page: 1, pageSize: 5, unreadOnly: true }, open);
  const markAll = useMarkAllRead();
  const openNotification = useOpenNotification();

  const content = (
    <div style={{ width: 340 }}>
      {latest.isLoading ? (
        <Spin />
      ) : (
        <NotificationList
          compact
          items={latest.data?.items ?? []}
          onOpen={(n) => {
            setOpen(false);
            openNotification(n);
          }}
        />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        <Button
          size="small"
          type="link"
          disabled={!unread.data}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => {
            setOpen(false);
            void navigate('/notifications');
          }}
        >
          {t('notifications.viewAll')}
        </Button>
      </Space>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('notifications.unreadTitle')}
      content={content}
      open={open}
      onOpenChange={setOpen}
    >
      <Badge count={unread.data ?? 0} size="small" data-testid="notification-badge">
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('menu.notifications')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
