import { useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../../auth/session';
import { useDepartments } from '../api/hooks';
import type { Department } from '../api/types';
import { DepartmentFormModal } from './DepartmentFormModal';
import type { DepartmentEdit } from './DepartmentFormModal';
import { JurisdictionSelect } from './JurisdictionSelect';

export function DepartmentsTab() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canManage = useCan('org.manage');
  const [jurisdictionId, setJurisdictionId] = useState<string | undefined>(user.jurisdictionId);
  const [edit, setEdit] = useState<DepartmentEdit | null>(null);
  const departments = useDepartments(jurisdictionId);

  const columns: TableColumnsType<Department> = [
    { title: t('org.department.name'), dataIndex: 'name' },
    {
      title: t('org.department.kind'),
      dataIndex: 'kind',
      render: (_, d) => t(`org.departmentKind.${d.kind}`),
    },
    {
      title: t('org.department.hasAccounts'),
      dataIndex: 'hasAccounts',
      render: (_, d) =>
        d.hasAccounts ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>,
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, d: Department) => (
              <Button
                type="link"
                size="small"
                onClick={() => setEdit({ mode: 'edit', department: d })}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <JurisdictionSelect value={jurisdictionId} onChange={setJurisdictionId} allowClear />
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEdit({ mode: 'create', jurisdictionId })}
          >
            {t('org.department.create')}
          </Button>
        )}
      </Space>
      <Table<Department>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={departments.data}
        loading={departments.isFetching}
        pagination={false}
      />
      <DepartmentFormModal edit={edit} onClose={() => setEdit(null)} />
    </>
  );
}
