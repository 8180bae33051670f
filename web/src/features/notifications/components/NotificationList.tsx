import { Badge, Empty, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import type { Notification } from '../api/notificationsApi';

interface Props {
  items: Notification[];
  onOpen: (notification: Notification) => void;
  compact?: boolean;
}

export function NotificationList({ items, onOpen, compact }: Props) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <div role="list">
      {items.map((n) => (
        <div
          key={n.id}
          role="listitem"
          tabIndex={0}
          onClick={() => onOpen(n)}
          onKeyDown={(e) => e.key === 'Enter' && onOpen(n)}
          style={{
            padding: compact ? '8px 4px' : '12px 8px',
            borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
            cursor: 'pointer',
          }}
        >
          <Badge dot={!n.readAt} offset={[6, 0]}>
            <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
          </Badge>
          <Typography.Paragraph
            type="secondary"
            ellipsis={compact ? { rows: 2 } : false}
            style={{ margin: '4px 0 0' }}
          >
            {n.body}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(n.createdAt)}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
