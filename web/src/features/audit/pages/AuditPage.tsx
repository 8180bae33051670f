import { useState } from 'react';
import { Card, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { useAuditEntries } from '../api/auditApi';
import type { AuditEntry, AuditFilters } from '../api/auditApi';
import { auditActionLabel } from '../actionLabel';
import { AuditFilterBar } from '../components/AuditFilterBar';
import { VerifyButton } from '../components/VerifyButton';

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({ page: 1, pageSize: 20 });
  const entries = useAuditEntries(filters);

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.field.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.field.at'), dataIndex: 'at', render: formatDateTime },
    {
      title: t('audit.field.actor'),
      dataIndex: 'actorName',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('audit.field.action'),
      dataIndex: 'action',
      render: (_, e) => <span title={e.action}>{auditActionLabel(e.action)}</span>,
    },
    { title: t('audit.field.entityType'), dataIndex: 'entityType' },
    {
      title: t('audit.field.entityId'),
      dataIndex: 'entityId',
      render: (v: string | null) => (v ? <Typography.Text copyable>{v}</Typography.Text> : '—'),
    },
    {
      title: t('audit.field.requestId'),
      dataIndex: 'requestId',
      render: (v: string | null) =>
        v ? <Typography.Text type="secondary">{v}</Typography.Text> : '—',
    },
  ];

  return (
    <Card title={t('menu.audit')} extra={<VerifyButton />}>
      <AuditFilterBar
        onChange={(part) => setFilters((f) => ({ page: 1, pageSize: f.pageSize, ...part }))}
      />
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={entries.data?.items}
        loading={entries.isFetching}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (entry) => (
            <pre className="json-detail">{JSON.stringify(entry.detail ?? {}, null, 2)}</pre>
          ),
        }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: entries.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
    </Card>
  );
}
