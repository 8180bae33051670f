import { Card, Progress, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSurveyResults } from '../api/hooks';
import { SURVEY_GRADES } from '../api/types';
import type { SurveyResult } from '../api/types';

/** 民主测评结果: per target and subject (each leader), the grades summed over every survey. */
export function SurveyResults({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const results = useSurveyResults(roundId);
  if (!results.data || results.data.length === 0) return null;
  const columns: TableColumnsType<SurveyResult> = [
    { title: t('rounds.field.unit'), dataIndex: 'unitName' },
    { title: t('rounds.detail.subject'), dataIndex: 'subject' },
    ...SURVEY_GRADES.map((grade) => ({ title: t(`rounds.grade.${grade}`), dataIndex: grade })),
    { title: t('rounds.survey.responses'), dataIndex: 'responses' },
    { title: t('rounds.survey.score'), dataIndex: 'score' },
    {
      title: t('rounds.survey.goodShare'),
      dataIndex: 'goodShare',
      render: (v: number) => <Progress percent={v} size="small" style={{ width: 120 }} />,
    },
  ];
  return (
    <Card size="small" title={t('rounds.survey.title')} data-testid="survey-results">
      <Table<SurveyResult>
        rowKey={(r) => `${r.unitId}-${r.subject}`}
        size="small"
        pagination={false}
        columns={columns}
        dataSource={results.data}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
