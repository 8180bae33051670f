import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyReport, ReportStatus } from '../api/types';

type StepStatus = 'wait' | 'process' | 'finish' | 'error';

const ACCEPTED_PATH: ReportStatus[] = ['received', 'accepted', 'handling', 'answered'];
const REFUSED_PATH: ReportStatus[] = ['received', 'notAccepted', 'answered'];

/** The steps the reporter sees, and how far the report has come along them. */
export function reportSteps(report: Pick<MyReport, 'status' | 'notAcceptedReason'>) {
  const refused = report.status === 'notAccepted' || report.notAcceptedReason !== null;
  const path = refused ? REFUSED_PATH : ACCEPTED_PATH;
  const reached = Math.max(0, path.indexOf(report.status));
  return path.map((key, index) => {
    const status: StepStatus =
      index > reached ? 'wait' : key === 'notAccepted' ? 'error' : 'finish';
    return { key, status, current: index === reached };
  });
}

/** 已收到 → 已受理/不予受理 → 办理中 → 已答复. */
export function StatusSteps({ report }: { report: MyReport }) {
  const { t } = useTranslation();
  const steps = reportSteps(report);
  return (
    <Steps
      size="small"
      data-testid="status-steps"
      current={steps.findIndex((s) => s.current)}
      items={steps.map((step) => ({
        key: step.key,
        status: step.status,
        title: (
          <span
            data-testid="status-step"
            data-step={step.key}
            data-status={step.status}
            data-current={step.current ? 'true' : undefined}
          >
            {t(`publicReport.status.step.${step.key}`)}
          </span>
        ),
      }))}
    />
  );
}
