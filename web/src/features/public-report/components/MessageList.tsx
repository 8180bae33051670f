import { Empty, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import type { MessageAuthor } from '../api/types';

export interface ListedMessage {
  key: string;
  author: MessageAuthor;
  who: string;
  body: string;
  createdAt: string;
}

/**
 * A thread between the reporter and the handlers, oldest first; `mine` is the side drawn on the
 * right (the reporter on the public page, staff on the petition page).
 */
export function MessageList({
  messages,
  mine,
  empty,
  testId,
}: {
  messages: ListedMessage[];
  mine: MessageAuthor;
  empty: string;
  testId: string;
}) {
  if (messages.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  const ordered = [...messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {ordered.map((m) => {
        const own = m.author === mine;
        return (
          <div
            key={m.key}
            data-testid={testId}
            data-author={m.author}
            style={{
              alignSelf: own ? 'flex-end' : 'flex-start',
              maxWidth: '88%',
              background: own ? '#fff1f0' : '#f5f5f5',
              border: `1px solid ${own ? '#ffccc7' : '#f0f0f0'}`,
              borderRadius: 8,
              padding: '6px 10px',
            }}
          >
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.who} · {formatDateTime(m.createdAt)}
            </Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {m.body}
            </Typography.Paragraph>
          </div>
        );
      })}
    </div>
  );
}
