import { createElement } from 'react';
import { Link } from 'react-router';
import { Card, Col, Descriptions, Empty, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { visibleMenu } from '../../../app/menu';
import { RoleTag } from '../../../components/RoleTag';
import { useSession } from '../../auth/session';
import { SatisfactionCard } from '../components/SatisfactionCard';

export function DashboardPage() {
  const { t } = useTranslation();
  const { user, roles, abilities } = useSession();
  const shortcuts = visibleMenu(abilities).filter((entry) => entry.path !== '/');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('dashboard.welcome', { name: user.displayName })}
        </Typography.Title>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('dashboard.username')}>{user.username}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.jurisdiction')}>
            {user.jurisdictionName}
          </Descriptions.Item>
          <Descriptions.Item label={t('dashboard.roles')}>
            {roles.length === 0 ? (
              t('dashboard.noRoles')
            ) : (
              <Space size={[4, 4]} wrap data-testid="dashboard-roles">
                {roles.map((r) => (
                  <RoleTag
                    key={`${r.role}:${r.jurisdictionId}:${r.teamId ?? ''}:${r.unitId ?? ''}`}
                    code={r.role}
                    suffix={
                      r.teamId
                        ? t('dashboard.teamScoped')
                        : r.unitId
                          ? t('dashboard.unitScoped')
                          : undefined
                    }
                  />
                ))}
              </Space>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('dashboard.shortcuts')}>
        {shortcuts.length === 0 ? (
          <Empty />
        ) : (
          <Row gutter={[16, 16]}>
            {shortcuts.map((entry) => (
              <Col key={entry.key} xs={12} sm={8} md={6} lg={4}>
                <Link to={entry.path}>
                  <Card hoverable size="small" style={{ textAlign: 'center' }}>
                    <div style={{ fontSize: 24 }}>{createElement(entry.icon)}</div>
                    <div>{t(entry.labelKey)}</div>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </Card>
      {abilities['petitions.satisfaction'] && <SatisfactionCard />}
    </Space>
  );
}
