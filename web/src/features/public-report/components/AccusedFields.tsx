import { Button, Form, Input, Typography } from 'antd';
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The server takes 1–10 people per report. */
export const MAX_ACCUSED = 10;

/**
 * 被反映人: one block per person (name, workplace, position), stacked so it fits a phone. The list
 * is the form field `accused`, so the server's `accused.<i>.name` errors land on the right input.
 */
export function AccusedFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="accused">
      {(fields, { add, remove }) => (
        <div data-testid="report-accused">
          {fields.map((field, index) => (
            <div
              key={field.key}
              data-testid="report-accused-row"
              style={{
                border: '1px solid #f0f0f0',
                borderRadius: 8,
                padding: '8px 12px 0',
                marginBottom: 12,
              }}
            >
              <div
                style={{
                  display: 'flex',
                  justifyContent: 'space-between',
                  alignItems: 'center',
                  marginBottom: 4,
                }}
              >
                <Typography.Text type="secondary">
                  {t('publicReport.form.accusedRow', { n: index + 1 })}
                </Typography.Text>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    size="middle"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    data-testid={`report-accused-remove-${index}`}
                  >
                    {t('publicReport.form.removeAccused')}
                  </Button>
                )}
              </div>
              <Form.Item
                name={[field.name, 'name']}
                label={t('publicReport.form.name')}
                dependencies={[['accused', field.name, 'unitName']]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: string | undefined) => {
                      const unit = getFieldValue(['accused', field.name, 'unitName']) as
                        string | undefined;
                      if (!value?.trim() && !unit?.trim())
                        throw new Error(t('publicReport.form.nameOrUnit'));
                    },
                  }),
                ]}
              >
                <Input maxLength={50} data-testid={`report-accused-name-${index}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'unitName']} label={t('publicReport.form.unit')}>
                <Input maxLength={100} data-testid={`report-accused-unit-${index}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'position']} label={t('publicReport.form.position')}>
                <Input maxLength={100} data-testid={`report-accused-position-${index}`} />
              </Form.Item>
            </div>
          ))}
          {fields.length < MAX_ACCUSED && (
            <Button
              type="dashed"
              block
              icon={<UserAddOutlined />}
              onClick={() => add({})}
              data-testid="report-accused-add"
              style={{ marginBottom: 16 }}
            >
              {t('publicReport.form.addAccused')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
