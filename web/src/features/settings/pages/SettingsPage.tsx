import { useMemo, useState } from 'react';
import { Card, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { JurisdictionSelect } from '../../org/components/JurisdictionSelect';
import { useSettings } from '../api/settingsApi';
import type { SettingItem } from '../api/settingsApi';
import { SettingEditor } from '../components/SettingEditor';
import { formatSettingValue, settingGroupLabel, settingLabel } from '../labels';

export function SettingsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [jurisdictionId, setJurisdictionId] = useState<string | undefined>(user.jurisdictionId);
  const settings = useSettings(jurisdictionId);

  const groups = useMemo(() => {
    const byGroup = new Map<string, SettingItem[]>();
    for (const item of settings.data ?? []) {
      byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
    }
    return [...byGroup.entries()];
  }, [settings.data]);

  const columns: TableColumnsType<SettingItem> = [
    {
      title: t('settings.field.name'),
      dataIndex: 'key',
      width: '30%',
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          <span>{settingLabel(item.key)}</span>
          {settingLabel(item.key) !== item.key && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.key}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('settings.field.value'),
      key: 'value',
      render: (_, item) => (
        <SettingEditor
          key={`${jurisdictionId ?? ''}:${JSON.stringify(item.value)}`}
          item={item}
          jurisdictionId={jurisdictionId}
        />
      ),
    },
    {
      title: t('settings.field.source'),
      key: 'source',
      width: 220,
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          {item.inherited ? (
            <Tag>{t('settings.inherited')}</Tag>
          ) : (
            <Tag color="blue">{t('settings.overridden')}</Tag>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('settings.defaultValue', {
              value: formatSettingValue(item.defaultValue, t('common.yes'), t('common.no')),
            })}
          </Typography.Text>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('menu.settings')}
      extra={<JurisdictionSelect value={jurisdictionId} onChange={setJurisdictionId} />}
    >
      {settings.isLoading ? (
        <Spin />
      ) : groups.length === 0 ? (
        <Empty />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {groups.map(([group, items]) => (
            <Card key={group} size="small" type="inner" title={settingGroupLabel(group)}>
              <Table<SettingItem>
                rowKey="key"
                size="small"
                columns={columns}
                dataSource={items}
                pagination={false}
              />
            </Card>
          ))}
        </Space>
      )}
    </Card>
  );
}
