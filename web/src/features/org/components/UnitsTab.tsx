import { useState } from 'react';
import { Button, Input, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../../auth/session';
import { useUnits } from '../api/hooks';
import { UNIT_TYPES } from '../api/types';
import type { Unit, UnitFilters, UnitType } from '../api/types';
import { JurisdictionSelect } from './JurisdictionSelect';
import { UnitFormModal } from './UnitFormModal';
import type { UnitEdit } from './UnitFormModal';
import { UnitPicker } from './UnitPicker';

export function UnitsTab({ onShowCadres }: { onShowCadres: (unit: Unit) => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const canManage = useCan('org.manage');
  const [filters, setFilters] = useState<UnitFilters>({
    page: 1,
    pageSize: 20,
    jurisdictionId: user.jurisdictionId,
  });
  const [edit, setEdit] = useState<UnitEdit | null>(null);
  const units = useUnits(filters);
  const patch = (next: Partial<UnitFilters>) => setFilters((f) => ({ ...f, page: 1, ...next }));

  const columns: TableColumnsType<Unit> = [
    { title: t('org.unit.name'), dataIndex: 'name' },
    { title: t('org.unit.type'), dataIndex: 'type', render: (_, u) => t(`org.unitType.${u.type}`) },
    {
      title: t('org.unit.parent'),
      dataIndex: 'parentName',
      render: (v: string | null) => v ?? '—',
    },
    { title: t('org.unit.region'), dataIndex: 'region', render: (v: string | null) => v ?? '—' },
    { title: t('org.unit.code'), dataIndex: 'code', render: (v: string | null) => v ?? '—' },
    { title: t('org.unit.cadreCount'), dataIndex: 'cadreCount', align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, unit) => (
        <Space size={0}>
          {unit.abilities.update && (
            <Button type="link" size="small" onClick={() => setEdit({ mode: 'edit', unit })}>
              {t('common.edit')}
            </Button>
          )}
          <Button type="link" size="small" onClick={() => onShowCadres(unit)}>
            {t('org.unit.showCadres')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('org.unit.searchPlaceholder')}
          onSearch={(q) => patch({ q: q.trim() || undefined })}
          style={{ width: 220 }}
        />
        <Select<UnitType>
          allowClear
          placeholder={t('org.unit.type')}
          style={{ width: 160 }}
          value={filters.type}
          onChange={(type?: UnitType) => patch({ type })}
          options={UNIT_TYPES.map((k) => ({ value: k, label: t(`org.unitType.${k}`) }))}
        />
        <JurisdictionSelect
          allowClear
          value={filters.jurisdictionId}
          onChange={(jurisdictionId) => patch({ jurisdictionId })}
        />
        <UnitPicker
          allowClear
          placeholder={t('org.unit.parent')}
          jurisdictionId={filters.jurisdictionId}
          value={filters.parentId}
          onChange={(parentId) => patch({ parentId })}
        />
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEdit({ mode: 'create', jurisdictionId: filters.jurisdictionId })}
          >
            {t('org.unit.create')}
          </Button>
        )}
      </Space>
      <Table<Unit>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={units.data?.items}
        loading={units.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: units.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
      <UnitFormModal edit={edit} onClose={() => setEdit(null)} />
    </>
  );
}
