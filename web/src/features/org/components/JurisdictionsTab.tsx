import { useMemo, useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Row, Space, Spin, Tree } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session';
import { useJurisdictions } from '../api/hooks';
import { CHILD_LEVEL, buildJurisdictionTree } from '../jurisdictionTree';
import { JurisdictionFormModal } from './JurisdictionFormModal';
import type { JurisdictionEdit } from './JurisdictionFormModal';

export function JurisdictionsTab() {
  const { t } = useTranslation();
  const canManage = useCan('org.manage');
  const jurisdictions = useJurisdictions();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [edit, setEdit] = useState<JurisdictionEdit | null>(null);

  const tree = useMemo(() => buildJurisdictionTree(jurisdictions.data ?? []), [jurisdictions.data]);
  const selected = jurisdictions.data?.find((j) => j.id === selectedId) ?? null;
  const childLevel = selected ? CHILD_LEVEL[selected.level] : null;

  if (jurisdictions.isLoading) return <Spin />;

  return (
    <Row gutter={16}>
      <Col xs={24} md={10}>
        <Card
          size="small"
          title={t('org.jurisdiction.tree')}
          extra={
            canManage &&
            tree.length === 0 && (
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => setEdit({ mode: 'create', parent: null, level: 'province' })}
              >
                {t('org.jurisdiction.createRoot')}
              </Button>
            )
          }
        >
          {tree.length === 0 ? (
            <Empty />
          ) : (
            <Tree
              treeData={tree}
              defaultExpandAll
              showLine
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => setSelectedId(keys[0] ? String(keys[0]) : null)}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <Card size="small" title={t('org.jurisdiction.detail')}>
          {!selected ? (
            <Empty description={t('org.jurisdiction.pickHint')} />
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Descriptions column={1} size="small" bordered>
                <Descriptions.Item label={t('org.jurisdiction.name')}>
                  {selected.name}
                </Descriptions.Item>
                <Descriptions.Item label={t('org.jurisdiction.level')}>
                  {t(`org.level.${selected.level}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('org.jurisdiction.code')}>
                  {selected.code ?? '—'}
                </Descriptions.Item>
              </Descriptions>
              {canManage && (
                <Space>
                  <Button
                    icon={<EditOutlined />}
                    onClick={() => setEdit({ mode: 'edit', jurisdiction: selected })}
                  >
                    {t('common.edit')}
                  </Button>
                  {childLevel && (
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() =>
                        setEdit({ mode: 'create', parent: selected, level: childLevel })
                      }
                    >
                      {t('org.jurisdiction.createChild')}
                    </Button>
                  )}
                </Space>
              )}
            </Space>
          )}
        </Card>
      </Col>
      <JurisdictionFormModal edit={edit} onClose={() => setEdit(null)} />
    </Row>
  );
}
