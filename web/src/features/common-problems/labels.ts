import { translateOr } from '../../i18n';

export const actionLabel = (code: string) => translateOr(`commonProblem.action.${code}`, code);
export const stateLabel = (code: string) => translateOr(`rectification.itemState.${code}`, code);
export const roleLabel = (code: string) => translateOr(`commonProblem.role.${code}`, code);
