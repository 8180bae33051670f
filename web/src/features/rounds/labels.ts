import { translateOr } from '../../i18n';
import type { Activity, RoundStage } from './api/types';

// Labels for the server's codes: a code without a dictionary entry shows as itself.
export const stageLabel = (code: string) => translateOr(`rounds.stage.${code}`, code);
export const kindLabel = (code: string) => translateOr(`rounds.kind.${code}`, code);
export const actionLabel = (code: string) => translateOr(`rounds.action.${code}`, code);
export const methodLabel = (code: string) => translateOr(`rounds.method.${code}`, code);
export const sourceLabel = (code: string) => translateOr(`rounds.briefingSource.${code}`, code);
export const componentLabel = (code: string) => translateOr(`rounds.component.${code}`, code);
export const unitTypeLabel = (code: string) => translateOr(`org.unitType.${code}`, code);
export const detailLabel = (code: string) => translateOr(`rounds.detail.${code}`, code);

export const STAGE_COLORS: Record<RoundStage, string> = {
  preparation: 'default',
  on_site: 'blue',
  reporting: 'purple',
  feedback: 'gold',
  rectification: 'orange',
  archived: 'green',
};

/** One on-site record in a line: date, method and summary. */
export const activityTitle = (a: Pick<Activity, 'occurredOn' | 'method' | 'summary'>) =>
  `${a.occurredOn} ${methodLabel(a.method)}：${a.summary}`;
