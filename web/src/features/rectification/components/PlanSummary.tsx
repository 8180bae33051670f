import { useState } from 'react';
import { Button, Form, Input, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useRectificationMutation } from '../api/hooks';
import { rectificationApi } from '../api/rectificationApi';
import type { PlanDetail, PlanPatch } from '../api/types';

interface Values {
  summary?: string;
}

/**
 * 整改方案说明: shown under the plan's fields. The unit (or the office on its behalf) edits it
 * while drafting and while rectifying — the server refuses once the report is submitted, and the
 * detail's `canEditItems` / `canWriteReport` say exactly when the caller acts for the unit then.
 */
export function PlanSummary({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const save = useRectificationMutation((input: PlanPatch) =>
    rectificationApi.updatePlan(plan.id, input),
  );
  const editable = plan.canEditItems || plan.canWriteReport;
  if (!plan.summary && !editable) return null;

  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {plan.summary ? (
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', margin: 0 }}
          data-testid="plan-summary"
        >
          {plan.summary}
        </Typography.Paragraph>
      ) : null}
      {editable && (
        <>
          <div>
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setOpen(true)}
              data-testid="plan-summary-edit"
            >
              {t('rectification.summary.edit')}
            </Button>
          </div>
          <FormModal<Values>
            open={open}
            title={t('rectification.summary.title')}
            initialValues={{ summary: plan.summary ?? '' }}
            onCancel={() => setOpen(false)}
            onSubmit={(values) =>
              save.mutateAsync({ version: plan.version, summary: values.summary?.trim() || null })
            }
            okTestId="plan-summary-save"
            width={640}
          >
            <Form.Item
              name="summary"
              label={t('rectification.summary.title')}
              extra={t('rectification.summary.hint')}
            >
              <Input.TextArea
                autoSize={{ minRows: 4, maxRows: 14 }}
                maxLength={5000}
                placeholder={t('rectification.summary.placeholder')}
                data-testid="plan-summary-input"
              />
            </Form.Item>
          </FormModal>
        </>
      )}
    </Space>
  );
}
