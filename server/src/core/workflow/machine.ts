import { DomainError, forbidden } from '../errors.js';
import type { Actor } from '../context.js';
import type { RoleCode } from '../roles.js';

export interface TransitionInput {
  opinion?: string | null;
  [field: string]: unknown;
}

export interface TransitionDef<S extends string, R> {
  from: readonly S[];
  to: S;
  /** Roles that may fire it (held for the record's jurisdiction). */
  roles: readonly RoleCode[];
  /** Input fields that must be present and non-empty. */
  requires?: readonly string[];
  /** Record-level rule; returns a reason to refuse (403), or null. */
  guard?: (actor: Actor, record: R, input: TransitionInput) => string | null;
}

export interface MachineDef<S extends string, A extends string, R> {
  name: string;
  states: readonly S[];
  initial: S;
  transitions: Record<A, TransitionDef<S, R>>;
}

export interface WorkflowRecord<S extends string> {
  state: S;
  jurisdictionId: string;
}

export function holdsRoleFor(actor: Actor, roles: readonly RoleCode[], jurisdictionId: string) {
  return actor.roles.some(
    (r) => roles.includes(r.role) && r.coveredJurisdictionIds.includes(jurisdictionId),
  );
}

/** A declared state machine: states, transitions, who may fire each, required fields. */
export class Machine<S extends string, A extends string, R extends WorkflowRecord<S>> {
  constructor(readonly def: MachineDef<S, A, R>) {
    for (const [action, t] of Object.entries(def.transitions) as [A, TransitionDef<S, R>][]) {
      for (const s of [...t.from, t.to]) {
        if (!def.states.includes(s)) throw new Error(`${def.name}.${action}: unknown state ${s}`);
      }
    }
  }

  get name(): string {
    return this.def.name;
  }

  isAction(action: string): action is A {
    return Object.hasOwn(this.def.transitions, action);
  }

  /** The actions this actor may fire on this record now (for the UI's buttons). */
  available(actor: Actor, record: R): A[] {
    return (Object.keys(this.def.transitions) as A[]).filter((action) => {
      const t = this.def.transitions[action];
      return (
        t.from.includes(record.state) &&
        holdsRoleFor(actor, t.roles, record.jurisdictionId) &&
        (!t.guard || t.guard(actor, record, {}) === null)
      );
    });
  }

  /** Checks a transition and returns the next state, or throws 409 / 403 / 400. */
  check(actor: Actor, record: R, action: string, input: TransitionInput): S {
    if (!this.isAction(action)) {
      throw new DomainError('validation', `未知的操作：${action}`, {
        errors: [{ path: 'action', message: '未知的操作' }],
      });
    }
    const t = this.def.transitions[action];
    if (!t.from.includes(record.state)) {
      throw new DomainError('invalid_transition', `当前状态（${record.state}）不能执行“${action}”`);
    }
    if (!holdsRoleFor(actor, t.roles, record.jurisdictionId)) throw forbidden();
    const missing = (t.requires ?? []).filter((field) => {
      const value = input[field];
      return value === undefined || value === null || (typeof value === 'string' && !value.trim());
    });
    if (missing.length) {
      throw new DomainError('validation', '缺少必填项', {
        errors: missing.map((path) => ({ path, message: '必填' })),
      });
    }
    const refusal = t.guard?.(actor, record, input);
    if (refusal) throw forbidden(refusal);
    return t.to;
  }
}

export function defineMachine<S extends string, A extends string, R extends WorkflowRecord<S>>(
  def: MachineDef<S, A, R>,
): Machine<S, A, R> {
  return new Machine(def);
}
