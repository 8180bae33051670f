import { translateOr } from '../../i18n';

// Labels for the server's codes: a code without a dictionary entry shows as itself.
export const ruleLabel = (code: string) => translateOr(`inspectors.rule.${code}`, code);
export const memberRoleLabel = (code: string) => translateOr(`inspectors.memberRole.${code}`, code);
export const genderLabel = (code: string) => translateOr(`org.gender.${code}`, code);

/** A refusal's field path `recusal.<rule>` → the rule; null for any other path. */
export function ruleOfPath(path: string): string | null {
  const match = /^(?:body[./])?recusal[./](\w+)$/.exec(path.replace(/^\//, ''));
  return match?.[1] ?? null;
}
