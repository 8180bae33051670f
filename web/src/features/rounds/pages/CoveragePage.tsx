import { useState } from 'react';
import type { ReactNode } from 'react';
import {
  Button,
  Card,
  Col,
  Empty,
  Progress,
  Result,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { describeError } from '../../../lib/errors';
import { useCan } from '../../auth/session';
import { useCoverage, useTerms } from '../api/hooks';
import type { CoverageUnit } from '../api/types';
import { TermsModal } from '../components/TermsModal';
import { unitTypeLabel } from '../labels';

type Show = 'pending' | 'all';

/**
 * 全覆盖: the term's coverage in %, and the units not yet inspected in it with the days left
 * (未巡察预警); terms are set up from here.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  const canPlan = useCan('rounds.plan');
  const [termId, setTermId] = useState<string | undefined>();
  const [show, setShow] = useState<Show>('pending');
  const [termsOpen, setTermsOpen] = useState(false);
  const terms = useTerms();
  const coverage = useCoverage(termId);

  const termSelect = (
    <Space wrap>
      <Select
        allowClear
        placeholder={t('rounds.coverage.currentTerm')}
        style={{ width: 260 }}
        value={termId}
        onChange={(v?: string) => setTermId(v)}
        loading={terms.isLoading}
        data-testid="coverage-term"
        options={(terms.data ?? []).map((term) => ({
          value: term.id,
          label: `${term.name}（${term.startsOn} ~ ${term.endsOn}）`,
        }))}
      />
      {canPlan && (
        <Button
          icon={<CalendarOutlined />}
          onClick={() => setTermsOpen(true)}
          data-testid="coverage-terms"
        >
          {t('rounds.terms.title')}
        </Button>
      )}
    </Space>
  );

  let body: ReactNode;
  if (coverage.isLoading) {
    body = (
      <div style={{ display: 'grid', placeItems: 'center', padding: 64 }}>
        <Spin />
      </div>
    );
  } else if (coverage.error || !coverage.data) {
    const status = isApiError(coverage.error) ? coverage.error.status : 0;
    body =
      status === 404 ? (
        <Empty description={t('rounds.coverage.noTerm')} data-testid="coverage-no-term">
          {canPlan && (
            <Button type="primary" onClick={() => setTermsOpen(true)}>
              {t('rounds.terms.add')}
            </Button>
          )}
        </Empty>
      ) : (
        <Result
          status={status === 403 ? '403' : 'error'}
          title={describeError(coverage.error, t).title}
          extra={<Button onClick={() => void coverage.refetch()}>{t('common.retry')}</Button>}
        />
      );
  } else {
    const c = coverage.data;
    const pending = c.units.filter((u) => !u.inspectedInTerm);
    const columns: TableColumnsType<CoverageUnit> = [
      { title: t('rounds.field.unit'), dataIndex: 'name' },
      { title: t('org.unit.type'), dataIndex: 'type', render: (v: string) => unitTypeLabel(v) },
      {
        title: t('rounds.field.lastInspectedOn'),
        dataIndex: 'lastInspectedOn',
        render: (v: string | null) => v ?? <Tag color="orange">{t('rounds.coverage.never')}</Tag>,
      },
      {
        title: t('rounds.coverage.status'),
        dataIndex: 'inspectedInTerm',
        render: (_, u) =>
          u.inspectedInTerm ? (
            <Tag color="green">{t('rounds.coverage.inspected')}</Tag>
          ) : (
            <Tag color={c.daysLeft <= 180 ? 'red' : 'orange'} data-testid="coverage-warning">
              {t('rounds.coverage.notYet', { days: c.daysLeft })}
            </Tag>
          ),
      },
    ];
    body = (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Row gutter={[24, 16]} align="middle" data-testid="coverage-summary">
          <Col xs={24} md={6}>
            <Progress
              type="circle"
              percent={c.percent}
              format={(p) => `${p ?? 0}%`}
              data-testid="coverage-percent"
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('rounds.coverage.term')} value={c.term.name} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic
              title={t('rounds.coverage.inspectedCount')}
              value={c.inspected}
              suffix={`/ ${c.total}`}
            />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('rounds.coverage.pendingCount')} value={pending.length} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic
              title={t('rounds.coverage.daysLeft')}
              value={c.daysLeft}
              suffix={t('rounds.coverage.days')}
            />
          </Col>
        </Row>
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            {
              value: 'pending',
              label: t('rounds.coverage.showPending', { count: pending.length }),
            },
            { value: 'all', label: t('rounds.coverage.showAll', { count: c.units.length }) },
          ]}
        />
        <Table<CoverageUnit>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={show === 'pending' ? pending : c.units}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="coverage-table"
        />
      </Space>
    );
  }

  return (
    <Card title={t('menu.coverage')} extra={termSelect}>
      {body}
      <TermsModal open={termsOpen} onClose={() => setTermsOpen(false)} />
    </Card>
  );
}
