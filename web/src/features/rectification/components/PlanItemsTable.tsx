import { useState } from 'react';
import { Button, Card, List, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ItemView, PlanDetail } from '../api/types';
import { ItemActions } from './ItemActions';
import { ItemFormModal } from './ItemFormModal';
import { itemRowProps } from './itemRow';
import { DeadlineTag, ItemFiles, ItemFlags, ItemStateTag, ItemSupervision } from './ItemTags';

const clamp = { whiteSpace: 'pre-wrap' as const, maxWidth: 320 };

function useColumns(
  canEdit: boolean,
  onEdit: (item: ItemView) => void,
): TableColumnsType<ItemView> {
  const { t } = useTranslation();
  const group = (key: string, labelKey: string) => (
    <span data-testid={`list-${key}`}>{t(labelKey)}</span>
  );
  return [
    {
      key: 'problemList',
      title: group('problem', 'rectification.list.problem'),
      children: [
        {
          key: 'problem',
          title: t('rectification.field.problem'),
          width: 240,
          render: (_, item) => (
            <Space orientation="vertical" size={2}>
              <div style={clamp}>{item.problem}</div>
              {item.findingId && <Tag>{t('rectification.fromFinding')}</Tag>}
            </Space>
          ),
        },
      ],
    },
    {
      key: 'responsibilityList',
      title: group('responsibility', 'rectification.list.responsibility'),
      children: [
        {
          key: 'leader',
          title: t('rectification.field.responsibleLeader'),
          dataIndex: 'responsibleLeader',
          width: 110,
        },
        {
          key: 'persons',
          title: t('rectification.field.responsiblePersons'),
          width: 130,
          render: (_, item) => item.responsiblePersons ?? '—',
        },
      ],
    },
    {
      key: 'measureList',
      title: group('measure', 'rectification.list.measure'),
      children: [
        {
          key: 'measures',
          title: t('rectification.field.measures'),
          width: 260,
          render: (_, item) => <div style={clamp}>{item.measures}</div>,
        },
        {
          key: 'dueOn',
          title: t('rectification.field.dueOn'),
          width: 160,
          render: (_, item) => (
            <Space orientation="vertical" size={2}>
              <DeadlineTag item={item} />
              {item.immediateFix && (
                <Tag color="magenta" data-testid="item-immediate-tag">
                  {t('rectification.immediateFix')}
                </Tag>
              )}
              <ItemStateTag item={item} />
            </Space>
          ),
        },
      ],
    },
    {
      key: 'supervisionList',
      title: group('supervision', 'rectification.list.supervision'),
      children: [
        {
          key: 'supervision',
          title: t('rectification.field.supervision'),
          width: 220,
          render: (_, item) => (
            <Space orientation="vertical" size={4}>
              <ItemSupervision item={item} />
              <ItemFlags item={item} />
              <ItemFiles item={item} />
            </Space>
          ),
        },
      ],
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      fixed: 'right',
      render: (_, item) => (
        <Space orientation="vertical" size={4}>
          {canEdit && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => onEdit(item)}
              data-testid="item-edit"
            >
              {t('common.edit')}
            </Button>
          )}
          <ItemActions item={item} />
        </Space>
      ),
    },
  ];
}

/** What the item dialog is open for: a new item (maybe for a finding) or an existing one. */
type Editing = { findingId?: string; item?: undefined } | { item: ItemView; findingId?: undefined };

/**
 * 整改方案 editor: the four lists side by side (问题清单, 责任清单, 整改清单, 督查清单), one row per
 * item. While the plan is drafted the unit adds and edits items, from a finding of the round or
 * freely; findings without an item (and those the server named when refusing 报审) are
 * highlighted.
 */
export function PlanItemsTable({ plan, refused }: { plan: PlanDetail; refused: string[] }) {
  const { t } = useTranslation();
  // Kept while the dialog closes, so its title does not flip from 修改 to 新增 as it fades out.
  const [editing, setEditing] = useState<Editing>({});
  const [open, setOpen] = useState(false);
  const openItemDialog = (next: Editing) => {
    setEditing(next);
    setOpen(true);
  };
  const columns = useColumns(plan.canEditItems, (item) => openItemDialog({ item }));
  const uncovered = plan.findings.filter((f) => f.itemCount === 0 || refused.includes(f.problem));

  return (
    <Card
      size="small"
      title={t('rectification.fourLists')}
      extra={
        plan.canEditItems && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => openItemDialog({})}
            data-testid="item-add"
          >
            {t('rectification.addItem')}
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {plan.findings.length > 0 && (
          <List
            size="small"
            bordered
            header={<Typography.Text strong>{t('rectification.findings')}</Typography.Text>}
            dataSource={plan.findings}
            data-testid="plan-findings"
            renderItem={(f) => {
              const missing = uncovered.includes(f);
              return (
                <List.Item
                  data-testid="plan-finding"
                  data-finding-id={f.id}
                  data-uncovered={missing ? 'true' : 'false'}
                  style={missing ? { background: '#fff1f0' } : undefined}
                  actions={
                    missing && plan.canEditItems
                      ? [
                          <Button
                            key="add"
                            size="small"
                            type="link"
                            onClick={() => openItemDialog({ findingId: f.id })}
                            data-testid="finding-add-item"
                          >
                            {t('rectification.addForFinding')}
                          </Button>,
                        ]
                      : undefined
                  }
                >
                  <Space>
                    {missing ? (
                      <Tag color="red">{t('rectification.uncovered')}</Tag>
                    ) : (
                      <Tag color="green">
                        {t('rectification.itemCount', { count: f.itemCount })}
                      </Tag>
                    )}
                    <span>{f.problem}</span>
                  </Space>
                </List.Item>
              );
            }}
          />
        )}
        <Table<ItemView>
          rowKey="id"
          size="small"
          bordered
          columns={columns}
          dataSource={plan.items}
          onRow={itemRowProps}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="plan-items"
          locale={{ emptyText: t('rectification.noItems') }}
        />
      </Space>
      {plan.canEditItems && (
        <ItemFormModal
          plan={plan}
          open={open}
          findingId={editing.findingId}
          item={editing.item}
          onClose={() => setOpen(false)}
        />
      )}
    </Card>
  );
}
