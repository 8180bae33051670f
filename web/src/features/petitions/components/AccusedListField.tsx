import { Button, Col, Form, Input, Row, Space, Tag } from 'antd';
import { BankOutlined, MinusCircleOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../org/components/UnitPicker';

export interface AccusedRowValue {
  kind: 'person' | 'unit';
  name?: string;
  unitId?: string;
  unitName?: string;
  position?: string;
}

function AccusedRow({ name, onRemove }: { name: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch<AccusedRowValue['kind'] | undefined>(['accused', name, 'kind'], form);
  const unitId = Form.useWatch<string | undefined>(['accused', name, 'unitId'], form);
  const person = kind !== 'unit';

  return (
    <Row
      gutter={8}
      align="top"
      wrap={false}
      style={{ marginBottom: 8 }}
      data-testid={person ? 'accused-person-row' : 'accused-unit-row'}
    >
      <Form.Item name={[name, 'kind']} hidden>
        <Input />
      </Form.Item>
      <Col flex="48px">
        <Tag color={person ? 'blue' : 'purple'} style={{ marginTop: 5 }}>
          {person ? t('petitions.accused.person') : t('petitions.accused.unit')}
        </Tag>
      </Col>
      {person && (
        <Col flex="5">
          <Form.Item
            name={[name, 'name']}
            rules={[
              { required: true, whitespace: true, message: t('petitions.accused.nameRequired') },
            ]}
            style={{ marginBottom: 0 }}
          >
            <Input
              placeholder={t('petitions.accused.name')}
              maxLength={50}
              data-testid="accused-name"
            />
          </Form.Item>
        </Col>
      )}
      <Col flex={person ? '7' : '10'}>
        <Form.Item name={[name, 'unitId']} style={{ marginBottom: 0 }}>
          <UnitPicker
            allowClear
            placeholder={
              person ? t('petitions.accused.personUnit') : t('petitions.accused.unitPick')
            }
            style={{ width: '100%', minWidth: 0 }}
          />
        </Form.Item>
      </Col>
      {!unitId && (
        <Col flex={person ? '7' : '10'}>
          <Form.Item
            name={[name, 'unitName']}
            rules={
              person
                ? []
                : [
                    {
                      required: true,
                      whitespace: true,
                      message: t('petitions.accused.unitRequired'),
                    },
                  ]
            }
            style={{ marginBottom: 0 }}
          >
            <Input
              placeholder={t('petitions.accused.unitName')}
              maxLength={100}
              data-testid="accused-unit-name"
            />
          </Form.Item>
        </Col>
      )}
      {person && (
        <Col flex="5">
          <Form.Item name={[name, 'position']} style={{ marginBottom: 0 }}>
            <Input
              placeholder={t('petitions.accused.position')}
              maxLength={100}
              data-testid="accused-position"
            />
          </Form.Item>
        </Col>
      )}
      <Col flex="32px">
        <Button
          type="text"
          danger
          icon={<MinusCircleOutlined />}
          aria-label={t('petitions.accused.remove')}
          onClick={onRemove}
          tabIndex={-1}
        />
      </Col>
    </Row>
  );
}

/** 被反映人 and 被反映单位 in one list (field `accused`), so server errors keep their index. */
export function AccusedListField() {
  const { t } = useTranslation();
  return (
    <Form.List
      name="accused"
      rules={[
        {
          validator: async (_rule, rows: unknown[] | undefined) => {
            if (!rows || rows.length === 0) throw new Error(t('petitions.accused.atLeastOne'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <AccusedRow key={field.key} name={field.name} onRemove={() => remove(field.name)} />
          ))}
          <Space>
            <Button
              type="dashed"
              icon={<UserAddOutlined />}
              onClick={() => add({ kind: 'person' })}
              data-testid="accused-add-person"
            >
              {t('petitions.accused.addPerson')}
            </Button>
            <Button
              type="dashed"
              icon={<BankOutlined />}
              onClick={() => add({ kind: 'unit' })}
              data-testid="accused-add-unit"
            >
              {t('petitions.accused.addUnit')}
            </Button>
          </Space>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
