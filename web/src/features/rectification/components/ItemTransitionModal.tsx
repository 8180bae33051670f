import { Form } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EvidenceStepModal } from '../../../components/EvidenceStepModal';
import { rectificationKeys, useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import { ITEM_EVIDENCE_ACTIONS } from '../api/types';
import type { ItemAction, ItemTransitionInput, ItemView } from '../api/types';
import { itemActionLabel } from '../labels';

interface Props {
  item: ItemView;
  /** null = closed. */
  action: ItemAction | null;
  onClose: () => void;
}

/**
 * One step of an item: 报告进展 / 申请销号 (the unit, with evidence files) or 销号 / 退回 (the
 * office). Every step needs an opinion. Whether evidence is enough is the server's call: its
 * refusal on `fileIds` is shown under the files.
 */
export function ItemTransitionModal({ item, action, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const transition = useRectificationMutation((input: ItemTransitionInput) =>
    rectificationApi.transitionItem(item.id, input),
  );
  const label = action ? itemActionLabel(action) : '';
  return (
    <EvidenceStepModal
      open={action !== null}
      title={action ? t('rectification.itemTransitionTitle', { action: label }) : ''}
      okText={label}
      context={<Form.Item label={t('rectification.field.problem')}>{item.problem}</Form.Item>}
      opinionLabel={action ? t(`rectification.opinionLabel.${action}`) : ''}
      opinionName={t('rectification.field.opinion')}
      evidence={action !== null && ITEM_EVIDENCE_ACTIONS.includes(action)}
      evidenceRequired={action === 'request_closure'}
      evidenceLabel={t('rectification.field.evidence')}
      evidenceHint={t('rectification.evidenceHint', { count: item.files.length })}
      pickLabel={t('rectification.pickEvidence')}
      upload={rectificationApi.uploadFile}
      onSubmit={(input) =>
        transition.mutateAsync({ action: action!, version: item.version, ...input })
      }
      doneText={t('rectification.transitionDone', { action: label })}
      staleText={t('rectification.stale')}
      onStale={() => void queryClient.invalidateQueries({ queryKey: rectificationKeys.all })}
      onClose={onClose}
      testIds={{ submit: 'item-transition-submit', opinion: 'item-opinion', files: 'item-files' }}
    />
  );
}
