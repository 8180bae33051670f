import { createElement } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/session';
import { activeEntry, visibleMenu } from '../menu';

export function SideMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { abilities } = useSession();
  const entries = visibleMenu(abilities);
  const active = activeEntry(pathname, entries);

  return (
    <Menu
      data-testid="side-menu"
      theme="dark"
      mode="inline"
      selectedKeys={active ? [active.path] : []}
      onClick={({ key }) => void navigate(key)}
      items={entries.map((entry) => ({
        key: entry.path,
        icon: createElement(entry.icon),
        label: t(entry.labelKey),
      }))}
    />
  );
}
