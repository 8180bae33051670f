import { translateOr } from '../../i18n';

/** Audit action codes such as `user.create` read as `audit.action.user.create`, else the code. */
export function auditActionLabel(code: string): string {
  return translateOr(`audit.action.${code}`, code);
}
