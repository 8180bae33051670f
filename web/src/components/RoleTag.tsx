import { Tag } from 'antd';
import { translateOr } from '../i18n';

const ROLE_COLORS: Record<string, string> = {
  system_admin: 'red',
  office_admin: 'volcano',
  leading_group: 'gold',
  team_leader: 'blue',
  team_member: 'geekblue',
  petition_clerk: 'cyan',
  discipline: 'purple',
  organization: 'magenta',
  unit_liaison: 'green',
  auditor: 'default',
};

export function roleLabel(code: string): string {
  return translateOr(`role.${code}`, code);
}

export function RoleTag({ code, suffix }: { code: string; suffix?: string }) {
  return (
    <Tag color={ROLE_COLORS[code] ?? 'default'}>
      {roleLabel(code)}
      {suffix ? ` · ${suffix}` : ''}
    </Tag>
  );
}
