import { useState } from 'react';
import { Button, Input, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session';
import { useCadres } from '../api/hooks';
import type { Cadre, CadreFilters } from '../api/types';
import { CadreFormModal } from './CadreFormModal';
import type { CadreEdit } from './CadreFormModal';
import { UnitPicker } from './UnitPicker';

interface Props {
  unitId: string | undefined;
  onUnitChange: (unitId: string | undefined) => void;
}

export function CadresTab({ unitId, onUnitChange }: Props) {
  const { t } = useTranslation();
  const canManage = useCan('org.manage');
  const [paging, setPaging] = useState<Omit<CadreFilters, 'unitId'>>({ page: 1, pageSize: 20 });
  const [edit, setEdit] = useState<CadreEdit | null>(null);
  const cadres = useCadres({ ...paging, unitId });

  const columns: TableColumnsType<Cadre> = [
    { title: t('org.cadre.name'), dataIndex: 'name' },
    {
      title: t('org.cadre.gender'),
      dataIndex: 'gender',
      render: (_, c) => (c.gender ? t(`org.gender.${c.gender}`) : '—'),
    },
    { title: t('org.cadre.unit'), dataIndex: 'unitName' },
    { title: t('org.cadre.position'), dataIndex: 'position' },
    {
      title: t('org.cadre.level'),
      dataIndex: 'level',
      render: (_, c) => t(`org.cadreLevel.${c.level}`),
    },
    {
      title: t('org.cadre.isLeadershipMember'),
      dataIndex: 'isLeadershipMember',
      render: (_, c) =>
        c.isLeadershipMember ? <Tag color="red">{t('common.yes')}</Tag> : t('common.no'),
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, cadre: Cadre) => (
              <Button type="link" size="small" onClick={() => setEdit({ mode: 'edit', cadre })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitPicker
          allowClear
          value={unitId}
          onChange={(next) => {
            setPaging((p) => ({ ...p, page: 1 }));
            onUnitChange(next);
          }}
          style={{ width: 260 }}
        />
        <Input.Search
          allowClear
          placeholder={t('org.cadre.searchPlaceholder')}
          onSearch={(q) => setPaging((p) => ({ ...p, page: 1, q: q.trim() || undefined }))}
          style={{ width: 220 }}
        />
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEdit({ mode: 'create', unitId })}
          >
            {t('org.cadre.create')}
          </Button>
        )}
      </Space>
      <Table<Cadre>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={cadres.data?.items}
        loading={cadres.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: cadres.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setPaging((p) => ({ ...p, page, pageSize })),
        }}
      />
      <CadreFormModal edit={edit} onClose={() => setEdit(null)} />
    </>
  );
}
