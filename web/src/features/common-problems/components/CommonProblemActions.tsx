import { useState } from 'react';
import { Button, Descriptions, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EvidenceStepModal } from '../../../components/EvidenceStepModal';
import { rectificationApi } from '../../rectification/api/rectificationApi';
import { commonProblemKeys, useCommonProblemMutation } from '../api/hooks';
import { commonProblemsApi } from '../api/commonProblemsApi';
import { EVIDENCE_ACTIONS } from '../api/types';
import type {
  CommonProblemAction,
  CommonProblemDetail,
  CommonProblemTransitionInput,
} from '../api/types';
import { actionLabel } from '../labels';

const DANGER: readonly CommonProblemAction[] = ['reject'];

/** The steps the server offers this caller, each through the opinion (and evidence) dialog. */
export function CommonProblemActions({ problem }: { problem: CommonProblemDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<CommonProblemAction | null>(null);
  const transition = useCommonProblemMutation((input: CommonProblemTransitionInput) =>
    commonProblemsApi.transition(problem.id, input),
  );
  const label = action ? actionLabel(action) : '';

  return (
    <>
      <Space wrap>
        {problem.actions.map((a) => (
          <Button
            key={a}
            type={a === 'close' || a === 'request_closure' ? 'primary' : 'default'}
            danger={DANGER.includes(a)}
            onClick={() => setAction(a)}
            data-testid={`common-action-${a}`}
          >
            {actionLabel(a)}
          </Button>
        ))}
      </Space>
      <EvidenceStepModal
        open={action !== null}
        title={t('commonProblem.stepTitle', { action: label })}
        okText={label}
        context={
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('commonProblem.field.title')}>
              {problem.title}
            </Descriptions.Item>
          </Descriptions>
        }
        opinionLabel={action ? t(`commonProblem.opinionLabel.${action}`) : ''}
        opinionName={t('rectification.field.opinion')}
        evidence={action !== null && EVIDENCE_ACTIONS.includes(action)}
        evidenceRequired={action === 'request_closure'}
        evidenceLabel={t('rectification.field.evidence')}
        evidenceHint={t('rectification.evidenceHint', { count: problem.files.length })}
        pickLabel={t('rectification.pickEvidence')}
        upload={rectificationApi.uploadFile}
        onSubmit={(input) =>
          transition.mutateAsync({ action: action!, version: problem.version, ...input })
        }
        doneText={t('rectification.transitionDone', { action: label })}
        staleText={t('rectification.stale')}
        onStale={() => void queryClient.invalidateQueries({ queryKey: commonProblemKeys.all })}
        onClose={() => setAction(null)}
        testIds={{
          submit: 'common-step-submit',
          opinion: 'common-step-opinion',
          files: 'common-step-files',
        }}
      />
    </>
  );
}
