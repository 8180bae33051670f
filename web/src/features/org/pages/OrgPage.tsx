import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CadresTab } from '../components/CadresTab';
import { DepartmentsTab } from '../components/DepartmentsTab';
import { JurisdictionsTab } from '../components/JurisdictionsTab';
import { UnitsTab } from '../components/UnitsTab';

const TABS = ['jurisdictions', 'departments', 'units', 'cadres'] as const;
type Tab = (typeof TABS)[number];

const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab);

/** Tab and cadre unit live in the URL so a view can be linked and survives a reload. */
export function OrgPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'jurisdictions';
  const unitId = params.get('unitId') ?? undefined;

  const go = (next: Tab, nextUnitId?: string) => {
    const search = new URLSearchParams({ tab: next });
    if (nextUnitId) search.set('unitId', nextUnitId);
    setParams(search);
  };

  return (
    <Card title={t('menu.org')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => go(key as Tab, key === 'cadres' ? unitId : undefined)}
        destroyOnHidden
        items={[
          {
            key: 'jurisdictions',
            label: t('org.tabs.jurisdictions'),
            children: <JurisdictionsTab />,
          },
          { key: 'departments', label: t('org.tabs.departments'), children: <DepartmentsTab /> },
          {
            key: 'units',
            label: t('org.tabs.units'),
            children: <UnitsTab onShowCadres={(unit) => go('cadres', unit.id)} />,
          },
          {
            key: 'cadres',
            label: t('org.tabs.cadres'),
            children: <CadresTab unitId={unitId} onUnitChange={(next) => go('cadres', next)} />,
          },
        ]}
      />
    </Card>
  );
}
