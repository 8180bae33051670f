import { Badge, Space, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccusedView } from '../api/types';

/** 被反映人 / 被反映单位, each with how many visible petitions name the same person or unit. */
export function AccusedList({ accused }: { accused: AccusedView[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<AccusedView> = [
    {
      title: t('petitions.accused.kind'),
      dataIndex: 'kind',
      render: (_, a) =>
        a.kind === 'person' ? (
          <Tag color="blue">{t('petitions.accused.person')}</Tag>
        ) : (
          <Tag color="purple">{t('petitions.accused.unit')}</Tag>
        ),
    },
    {
      title: t('petitions.accused.name'),
      dataIndex: 'name',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('petitions.accused.unitColumn'),
      dataIndex: 'unitName',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('petitions.accused.position'),
      dataIndex: 'position',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('petitions.accused.repeatCount'),
      dataIndex: 'repeatCount',
      render: (_, a) => {
        const count = a.repeatCount ?? 0;
        return (
          <Tooltip title={t('petitions.accused.repeatHint')}>
            <Space data-testid="accused-repeat" data-count={count}>
              <Badge
                count={count}
                showZero
                color={count >= 3 ? 'red' : count === 2 ? 'orange' : 'default'}
              />
              {count >= 2 && <Tag color="orange">{t('petitions.accused.repeated')}</Tag>}
            </Space>
          </Tooltip>
        );
      },
    },
  ];
  return (
    <Table<AccusedView>
      rowKey={(a) =>
        `${a.kind}|${a.name ?? ''}|${a.unitId ?? a.unitName ?? ''}|${a.position ?? ''}`
      }
      size="small"
      pagination={false}
      columns={columns}
      dataSource={accused}
      data-testid="accused-list"
    />
  );
}
