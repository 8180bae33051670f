import { useNavigate } from 'react-router';
import { useMarkRead } from './api/notificationsApi';
import type { Notification } from './api/notificationsApi';

/** Only in-app links are followed: a notification must not send anyone to another site. */
export function isInternalLink(link: string | null): link is string {
  return Boolean(link && link.startsWith('/') && !link.startsWith('//'));
}

/** Opening a notification marks it read, then follows its in-app link if it has one. */
export function useOpenNotification() {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  return (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    if (isInternalLink(notification.link)) void navigate(notification.link);
  };
}
