import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session';
import { useInspectors } from '../api/hooks';
import { SPECIALTY_PRESETS } from '../api/types';
import type { InspectorFilters, InspectorSummary } from '../api/types';
import { InspectorFormModal } from '../components/InspectorFormModal';
import { genderLabel } from '../labels';
import { usePagedFilters } from '../../../lib/usePagedFilters';

type Flag = 'yes' | 'no';
const toFlag = (value: boolean | undefined): Flag | undefined =>
  value === undefined ? undefined : value ? 'yes' : 'no';
const fromFlag = (value: Flag | undefined) => (value === undefined ? undefined : value === 'yes');

/** 巡察人才库: search by name, specialty, availability and eligibility, with server paging. */
export function InspectorsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The office keeps the pool; the leading group reads it.
  const canCreate = useCan('rounds.plan');
  const { filters, set, turnPage } = usePagedFilters<InspectorFilters>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const inspectors = useInspectors(filters);

  const columns: TableColumnsType<InspectorSummary> = [
    {
      title: t('inspectors.field.name'),
      dataIndex: 'name',
      render: (_, i) => (
        <Link to={`/inspectors/${i.id}`} data-testid="inspector-link">
          {i.name}
        </Link>
      ),
    },
    {
      title: t('inspectors.field.gender'),
      dataIndex: 'gender',
      render: (_, i) => (i.gender ? genderLabel(i.gender) : '—'),
    },
    {
      title: t('inspectors.field.rank'),
      dataIndex: 'rank',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('inspectors.field.currentUnit'),
      dataIndex: 'currentUnit',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('inspectors.field.specialties'),
      dataIndex: 'specialties',
      render: (_, i) => (
        <Space size={[0, 4]} wrap>
          {i.specialties.map((s) => (
            <Tag key={s} color="blue">
              {s}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('inspectors.field.hometown'),
      dataIndex: 'hometown',
      render: (_, i) => [i.hometown, i.region].filter(Boolean).join(' / ') || '—',
    },
    {
      title: t('inspectors.field.status'),
      dataIndex: 'available',
      render: (_, i) => (
        <Space size={[0, 4]} wrap>
          <Tag color={i.available ? 'green' : 'default'}>
            {i.available ? t('inspectors.available') : t('inspectors.unavailable')}
          </Tag>
          {!i.eligible && <Tag color="red">{t('inspectors.ineligible')}</Tag>}
        </Space>
      ),
    },
  ];

  const onTableChange: TableProps<InspectorSummary>['onChange'] = (pagination) =>
    turnPage(pagination);

  return (
    <Card
      title={t('menu.inspectors')}
      extra={
        canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="inspector-create"
          >
            {t('inspectors.create')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }} data-testid="inspector-filters">
        <Input.Search
          allowClear
          placeholder={t('inspectors.filter.q')}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          style={{ width: 220 }}
          data-testid="inspector-search"
        />
        <Select<string>
          allowClear
          showSearch
          placeholder={t('inspectors.field.specialties')}
          style={{ width: 160 }}
          value={filters.specialty}
          onChange={(specialty?: string) => set({ specialty })}
          options={SPECIALTY_PRESETS.map((s) => ({ value: s, label: s }))}
        />
        <Select<Flag>
          allowClear
          placeholder={t('inspectors.field.available')}
          style={{ width: 150 }}
          value={toFlag(filters.available)}
          onChange={(v?: Flag) => set({ available: fromFlag(v) })}
          options={[
            { value: 'yes', label: t('inspectors.available') },
            { value: 'no', label: t('inspectors.unavailable') },
          ]}
        />
        <Select<Flag>
          allowClear
          placeholder={t('inspectors.field.eligible')}
          style={{ width: 150 }}
          value={toFlag(filters.eligible)}
          onChange={(v?: Flag) => set({ eligible: fromFlag(v) })}
          options={[
            { value: 'yes', label: t('inspectors.eligible') },
            { value: 'no', label: t('inspectors.ineligible') },
          ]}
        />
      </Space>
      <Table<InspectorSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={inspectors.data?.items}
        loading={inspectors.isFetching}
        scroll={{ x: 'max-content' }}
        onChange={onTableChange}
        data-testid="inspector-table"
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: inspectors.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      <InspectorFormModal
        open={creating}
        inspector={null}
        onClose={() => setCreating(false)}
        onCreated={(created) => void navigate(`/inspectors/${created.id}`)}
      />
    </Card>
  );
}
