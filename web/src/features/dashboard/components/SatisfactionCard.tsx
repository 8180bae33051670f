import { Card, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';

interface UnitCount {
  departmentId: string | null;
  departmentName: string | null;
  satisfied: number;
  basically: number;
  unsatisfied: number;
}

/**
 * 满意度测评: the public reporters' ratings of the answers, counted per handling unit (the office
 * itself when no department handled it). The ratings are anonymous and untraceable to reports.
 */
export function SatisfactionCard() {
  const { t } = useTranslation();
  const counts = useQuery({
    queryKey: ['satisfaction-surveys'],
    queryFn: () => api.get<{ items: UnitCount[] }>('/api/satisfaction-surveys'),
  });
  const rate = (u: UnitCount) => {
    const total = u.satisfied + u.basically + u.unsatisfied;
    return total === 0 ? '—' : `${Math.round(((u.satisfied + u.basically) / total) * 100)}%`;
  };
  return (
    <Card title={t('dashboard.satisfaction.title')} data-testid="satisfaction-card">
      <Table<UnitCount>
        rowKey={(u) => u.departmentId ?? 'office'}
        size="small"
        pagination={false}
        loading={counts.isLoading}
        dataSource={counts.data?.items}
        locale={{ emptyText: t('dashboard.satisfaction.empty') }}
        columns={[
          {
            key: 'unit',
            title: t('dashboard.satisfaction.unit'),
            render: (_, u) => u.departmentName ?? t('dashboard.satisfaction.office'),
          },
          { key: 's', title: t('dashboard.satisfaction.satisfied'), dataIndex: 'satisfied' },
          { key: 'b', title: t('dashboard.satisfaction.basically'), dataIndex: 'basically' },
          { key: 'u', title: t('dashboard.satisfaction.unsatisfied'), dataIndex: 'unsatisfied' },
          { key: 'rate', title: t('dashboard.satisfaction.rate'), render: (_, u) => rate(u) },
        ]}
      />
    </Card>
  );
}
