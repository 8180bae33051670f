import { App, Button, DatePicker, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { requiredRule } from '../../../lib/validation';
import { roundKeys, useTerms } from '../api/hooks';
import { roundsApi } from '../api/roundsApi';
import type { Term } from '../api/types';

interface Values {
  name: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
}

/** 届次管理: the terms of the Party committee (each unit inspected at least once per term). */
export function TermsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const terms = useTerms(open);
  const create = useMutation({
    mutationFn: (v: Values) =>
      roundsApi.createTerm({
        name: v.name.trim(),
        startsOn: v.startsOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn.format('YYYY-MM-DD'),
      }),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roundKeys.terms }),
        queryClient.invalidateQueries({ queryKey: roundKeys.coverageRoot }),
      ]);
    },
  });

  const onFinish = (values: Values) =>
    create.mutate(values, {
      onSuccess: () => {
        void message.success(t('common.saved'));
        form.resetFields();
      },
      onError: (error) => showError(error, form),
    });

  return (
    <Modal
      open={open}
      title={t('rounds.terms.title')}
      onCancel={onClose}
      footer={null}
      width={640}
      destroyOnHidden
    >
      <Table<Term>
        rowKey="id"
        size="small"
        pagination={false}
        loading={terms.isLoading}
        dataSource={terms.data}
        data-testid="terms-table"
        columns={[
          { title: t('rounds.terms.name'), dataIndex: 'name' },
          { title: t('rounds.terms.startsOn'), dataIndex: 'startsOn' },
          { title: t('rounds.terms.endsOn'), dataIndex: 'endsOn' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('rounds.terms.add')}
      </Typography.Title>
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="name"
          label={t('rounds.terms.name')}
          rules={[requiredRule(t, 'rounds.terms.name')]}
        >
          <Input
            maxLength={50}
            placeholder={t('rounds.terms.namePlaceholder')}
            data-testid="term-name"
          />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="startsOn"
            label={t('rounds.terms.startsOn')}
            rules={[requiredRule(t, 'rounds.terms.startsOn')]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t('rounds.terms.endsOn')}
            rules={[requiredRule(t, 'rounds.terms.endsOn')]}
          >
            <DatePicker />
          </Form.Item>
        </Space>
        <Button
          type="primary"
          htmlType="submit"
          icon={<PlusOutlined />}
          loading={create.isPending}
          data-testid="term-submit"
        >
          {t('rounds.terms.add')}
        </Button>
      </Form>
    </Modal>
  );
}
