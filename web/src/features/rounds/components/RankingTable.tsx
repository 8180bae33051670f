import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RankedUnit } from '../api/types';
import { componentLabel, unitTypeLabel } from '../labels';

interface Props {
  items: RankedUnit[] | undefined;
  loading: boolean;
  selected: string[];
  onToggle: (units: RankedUnit[], selected: boolean) => void;
}

/**
 * 摸底、筛选和排队: every unit ranked by its evidence score; each component is a tag with its
 * value × weight (= points), so the office sees why a unit ranks where it does.
 */
export function RankingTable({ items, loading, selected, onToggle }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RankedUnit> = [
    {
      title: '#',
      key: 'rank',
      width: 48,
      render: (_, _u, index) => index + 1,
    },
    { title: t('rounds.field.unit'), dataIndex: 'unitName' },
    {
      title: t('org.unit.type'),
      dataIndex: 'unitType',
      render: (v: string) => unitTypeLabel(v),
    },
    {
      title: t('rounds.field.lastInspectedOn'),
      dataIndex: 'lastInspectedOn',
      render: (v: string | null) => v ?? <Tag color="orange">{t('rounds.coverage.never')}</Tag>,
    },
    {
      title: t('rounds.ranking.score'),
      dataIndex: 'score',
      render: (v: number) => (
        <Typography.Text strong data-testid="ranking-score">
          {v}
        </Typography.Text>
      ),
    },
    {
      title: t('rounds.ranking.components'),
      dataIndex: 'components',
      render: (_, u) => (
        <Space size={[4, 4]} wrap data-testid="ranking-components">
          {u.components.map((c) => (
            <Tooltip
              key={c.key}
              title={t('rounds.ranking.componentTip', {
                label: componentLabel(c.key),
                value: c.value,
                weight: c.weight,
                points: c.points,
              })}
            >
              <Tag
                color={c.points > 0 ? 'blue' : undefined}
                data-testid="ranking-component"
                data-key={c.key}
              >
                {componentLabel(c.key)} {c.value}×{c.weight}
              </Tag>
            </Tooltip>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Table<RankedUnit>
      rowKey="unitId"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      data-testid="ranking-table"
      rowSelection={{
        selectedRowKeys: selected,
        preserveSelectedRowKeys: true,
        onSelect: (unit, isSelected) => onToggle([unit], isSelected),
        onSelectAll: (isSelected, _rows, changed) => onToggle(changed, isSelected),
      }}
    />
  );
}
