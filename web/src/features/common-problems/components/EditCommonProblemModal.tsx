import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useCommonProblemMutation } from '../api/hooks';
import { commonProblemsApi } from '../api/commonProblemsApi';
import type { CommonProblemDetail, CommonProblemInput } from '../api/types';
import { CommonProblemFields } from './CommonProblemFields';

type Values = Pick<CommonProblemInput, 'title' | 'problem' | 'responsibleLeader' | 'measures'> & {
  dueOn?: Dayjs;
};

/** The office corrects the task while it is worked on (the units stay; the server re-checks). */
export function EditCommonProblemModal(props: {
  problem: CommonProblemDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { problem } = props;
  const update = useCommonProblemMutation((input: Partial<CommonProblemInput>) =>
    commonProblemsApi.update(problem.id, { ...input, version: problem.version }),
  );
  return (
    <FormModal<Values>
      open={props.open}
      title={t('commonProblem.edit')}
      width={720}
      onCancel={props.onClose}
      okTestId="common-edit-save"
      initialValues={{
        title: problem.title,
        problem: problem.problem,
        responsibleLeader: problem.responsibleLeader,
        measures: problem.measures,
        dueOn: dayjs(problem.dueOn),
      }}
      onSubmit={async ({ dueOn, ...values }) => {
        const newDue = dueOn?.format('YYYY-MM-DD');
        await update.mutateAsync({
          ...values,
          ...(newDue && newDue !== problem.dueOn ? { dueOn: newDue } : {}),
        });
        props.onClose();
      }}
    >
      <CommonProblemFields />
    </FormModal>
  );
}
