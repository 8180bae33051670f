import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { requiredRule } from '../../../lib/validation';
import { useRoundMutation } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import type { Activity } from '../api/types';
import { activityTitle } from '../labels';

interface Values {
  description: string;
  accusedName?: string;
  accusedPosition?: string;
}

/** 生成问题线索: an on-site record raises a clue about the target, into the ledger (报账). */
export function ClueFromActivityModal({
  roundId,
  activity,
  onClose,
}: {
  roundId: string;
  /** null = closed. */
  activity: Activity | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const raise = useRoundMutation((v: Values) =>
    roundsApi.raiseClue(roundId, activity?.id ?? '', {
      description: v.description.trim(),
      accusedName: v.accusedName?.trim() || null,
      accusedPosition: v.accusedPosition?.trim() || null,
    }),
  );
  return (
    <FormModal<Values>
      open={activity !== null}
      title={t('rounds.clue.title')}
      onCancel={onClose}
      onSubmit={async (values) => {
        const clue = await raise.mutateAsync(values);
        void message.info(t('rounds.clue.raised', { code: clue.code }));
      }}
    >
      {activity && (
        <Typography.Paragraph type="secondary">{activityTitle(activity)}</Typography.Paragraph>
      )}
      <Form.Item
        name="description"
        label={t('rounds.clue.description')}
        extra={t('rounds.clue.hint')}
        rules={[requiredRule(t, 'rounds.clue.description')]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 10 }}
          maxLength={10_000}
          showCount
          data-testid="clue-description"
        />
      </Form.Item>
      <Form.Item name="accusedName" label={t('rounds.clue.accusedName')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="accusedPosition" label={t('rounds.clue.accusedPosition')}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}
