import { useState } from 'react';
import { Button, Card, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFollowUps } from '../api/hooks';
import type { FollowUpVisit, PlanDetail } from '../api/types';
import { SUPERVISED_STATES, checkResultLabel } from '../labels';
import { FollowUpResultsModal } from './FollowUpResultsModal';

function SampledItems({
  visit,
  problemOf,
}: {
  visit: FollowUpVisit;
  problemOf: (itemId: string) => string;
}) {
  const { t } = useTranslation();
  const results = new Map(visit.results.map((r) => [r.itemId, r]));
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {visit.sampleItemIds.map((itemId) => {
        const result = results.get(itemId);
        return (
          <li
            key={itemId}
            data-testid="follow-up-item"
            data-item-id={itemId}
            data-result={result ? (result.passed ? 'passed' : 'failed') : 'pending'}
          >
            <Space wrap size={4}>
              <span>{problemOf(itemId)}</span>
              {result &&
                (result.passed ? (
                  <Tag color="green">{checkResultLabel('passed')}</Tag>
                ) : (
                  <>
                    <Tag color="red">{checkResultLabel('failed')}</Tag>
                    <Tag color="orange">{t('rectification.followUp.reopenedTag')}</Tag>
                  </>
                ))}
              {result?.note && <Typography.Text type="secondary">{result.note}</Typography.Text>}
            </Space>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * 回头看: scheduled by the server on acceptance over a sample of the closed items; the office
 * or the unit's team records the visit, and every 未通过 item is reopened.
 */
export function FollowUpSection({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const mayAct = plan.canSupervise;
  const visits = useFollowUps(plan.id, SUPERVISED_STATES.includes(plan.state));
  const [recording, setRecording] = useState<FollowUpVisit | null>(null);
  const problems = new Map(plan.items.map((i) => [i.id, i.problem]));
  const problemOf = (itemId: string) =>
    problems.get(itemId) ?? t('rectification.followUp.missingItem');

  return (
    <Card size="small" title={t('rectification.followUp.section')} data-testid="plan-follow-ups">
      <Spin spinning={visits.isLoading}>
        {(visits.data?.items ?? []).length === 0 ? (
          <Typography.Text type="secondary" data-testid="follow-ups-none">
            {t('rectification.followUp.none')}
          </Typography.Text>
        ) : (
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            {visits.data?.items.map((visit) => (
              <div
                key={visit.id}
                data-testid="follow-up-visit"
                data-visit-id={visit.id}
                data-visited={visit.visitedOn ? 'true' : 'false'}
                style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}
              >
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  <Space wrap>
                    {visit.visitedOn ? (
                      <Tag color="green">{t('rectification.followUp.visited')}</Tag>
                    ) : (
                      <Tag color="gold">{t('rectification.followUp.pending')}</Tag>
                    )}
                    <span data-testid="follow-up-due-on">
                      <Typography.Text type="secondary">
                        {t('rectification.followUp.dueOn')}
                      </Typography.Text>{' '}
                      {visit.dueOn}
                    </span>
                    {visit.visitedOn && (
                      <span>
                        <Typography.Text type="secondary">
                          {t('rectification.followUp.visitedOn')}
                        </Typography.Text>{' '}
                        {visit.visitedOn}
                      </span>
                    )}
                    <Typography.Text type="secondary">
                      {t('rectification.followUp.sample', { count: visit.sampleItemIds.length })}
                    </Typography.Text>
                    {mayAct && !visit.visitedOn && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setRecording(visit)}
                        data-testid="follow-up-record"
                      >
                        {t('rectification.followUp.record')}
                      </Button>
                    )}
                  </Space>
                  <SampledItems visit={visit} problemOf={problemOf} />
                </Space>
              </div>
            ))}
          </Space>
        )}
      </Spin>
      {mayAct && (
        <FollowUpResultsModal
          visit={recording}
          problemOf={problemOf}
          onClose={() => setRecording(null)}
        />
      )}
    </Card>
  );
}
