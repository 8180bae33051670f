import { useState } from 'react';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../org/components/UnitPicker';
import { useRecusalCheck } from '../api/hooks';
import { RecusalConflicts } from './RecusalConflicts';

/** 回避审查: the inspector against a unit, with every rule that applies and its evidence. */
export function RecusalCheckCard({ inspectorId }: { inspectorId: string }) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | undefined>();
  const check = useRecusalCheck(unitId ? { inspectorId, unitIds: [unitId] } : null);
  return (
    <Card size="small" title={t('inspectors.recusal.title')} data-testid="inspector-recusal-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('inspectors.recusal.hint')}</Typography.Text>
        <UnitPicker allowClear value={unitId} onChange={setUnitId} style={{ width: 320 }} />
        {unitId && (
          <RecusalConflicts
            conflicts={check.data}
            checking={check.isFetching && !check.data}
            failed={check.isError}
          />
        )}
      </Space>
    </Card>
  );
}
