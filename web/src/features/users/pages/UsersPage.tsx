import { useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RoleTag, roleLabel } from '../../../components/RoleTag';
import { formatDateTime } from '../../../lib/format';
import { useRoleDefinitions, useUsers } from '../api/hooks';
import type { User, UserFilters, UserStatus } from '../api/types';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { UserActions, isLocked } from '../components/UserActions';
import { UserDrawer } from '../components/UserDrawer';

export function UsersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<UserFilters>({ page: 1, pageSize: 20 });
  const [drawer, setDrawer] = useState<{ open: boolean; user: User | null }>({
    open: false,
    user: null,
  });
  const [passwordUser, setPasswordUser] = useState<User | null>(null);
  const users = useUsers(filters);
  const roles = useRoleDefinitions();
  const patch = (next: Partial<UserFilters>) => setFilters((f) => ({ ...f, page: 1, ...next }));

  const columns: TableColumnsType<User> = [
    { title: t('users.field.username'), dataIndex: 'username' },
    { title: t('users.field.displayName'), dataIndex: 'displayName' },
    {
      title: t('users.field.roles'),
      dataIndex: 'roles',
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          {user.roles.map((r, i) => (
            <RoleTag key={i} code={r.role} />
          ))}
        </Space>
      ),
    },
    {
      title: t('users.field.status'),
      dataIndex: 'status',
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          <Tag color={user.status === 'active' ? 'green' : 'default'}>
            {t(`users.status.${user.status}`)}
          </Tag>
          {isLocked(user) && <Tag color="orange">{t('users.locked')}</Tag>}
          {user.totpEnabled && <Tag color="blue">{t('users.totpOn')}</Tag>}
        </Space>
      ),
    },
    { title: t('users.field.lastLoginAt'), dataIndex: 'lastLoginAt', render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => (
        <UserActions
          user={user}
          onEdit={(u) => setDrawer({ open: true, user: u })}
          onResetPassword={setPasswordUser}
        />
      ),
    },
  ];

  return (
    <Card
      title={t('menu.users')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDrawer({ open: true, user: null })}
        >
          {t('users.create')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          onSearch={(q) => patch({ q: q.trim() || undefined })}
          style={{ width: 260 }}
        />
        <Select
          allowClear
          placeholder={t('users.field.role')}
          style={{ width: 180 }}
          value={filters.role}
          onChange={(role?: string) => patch({ role })}
          options={(roles.data ?? []).map((r) => ({ value: r.code, label: roleLabel(r.code) }))}
        />
        <Select<UserStatus>
          allowClear
          placeholder={t('users.field.status')}
          style={{ width: 140 }}
          value={filters.status}
          onChange={(status?: UserStatus) => patch({ status })}
          options={(['active', 'disabled'] as const).map((s) => ({
            value: s,
            label: t(`users.status.${s}`),
          }))}
        />
      </Space>
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items}
        loading={users.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
      <UserDrawer
        open={drawer.open}
        user={drawer.user}
        onClose={() => setDrawer({ open: false, user: null })}
      />
      <ResetPasswordModal user={passwordUser} onClose={() => setPasswordUser(null)} />
    </Card>
  );
}
