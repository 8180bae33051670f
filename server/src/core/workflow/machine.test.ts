import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { queryRows } from '../../db/client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { makeUser } from '../../test/factories.js';
import { dbOf, type Actor, type Ctx } from '../context.js';
import { DomainError } from '../errors.js';
import { workflowEvents } from '../../db/schema/index.js';
import { applyTransition } from './apply-transition.js';
import { defineMachine } from './machine.js';

type State = 'draft' | 'proposed' | 'approved' | 'closed';
interface Item {
  id: string;
  state: State;
  jurisdictionId: string;
  version: number;
  handlerId: string | null;
}

const items = pgTable('wf_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  state: text('state').notNull(),
  jurisdictionId: uuid('jurisdiction_id').notNull(),
  handlerId: uuid('handler_id'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }),
});

const machine = defineMachine<State, 'propose' | 'approve' | 'close', Item>({
  name: 'wf_item',
  states: ['draft', 'proposed', 'approved', 'closed'],
  initial: 'draft',
  transitions: {
    propose: { from: ['draft'], to: 'proposed', roles: ['petition_clerk'], requires: ['opinion'] },
    approve: {
      from: ['proposed'],
      to: 'approved',
      roles: ['leading_group'],
      requires: ['opinion'],
    },
    close: {
      from: ['approved'],
      to: 'closed',
      roles: ['team_member'],
      guard: (actor, record) => (record.handlerId === actor.userId ? null : '只有承办人可以办结'),
    },
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await dbOf(t.system()).execute(sql`create table wf_items (
    id uuid primary key default gen_random_uuid(), state text not null,
    jurisdiction_id uuid not null, handler_id uuid, version int not null default 1,
    updated_at timestamptz)`);
});
afterAll(() => t.close());

async function actor(role: Actor['roles'][number]['role']): Promise<Actor> {
  const user = await makeUser(t, null);
  return {
    userId: user.id,
    username: role,
    displayName: role,
    jurisdictionId: t.rootId,
    sessionId: null,
    roles: [
      {
        role,
        jurisdictionId: t.rootId,
        teamId: null,
        unitId: null,
        coveredJurisdictionIds: [t.rootId],
      },
    ],
  };
}

async function newItem(handlerId: string | null = null): Promise<Item> {
  const [row] = await dbOf(t.system())
    .insert(items)
    .values({ state: 'draft', jurisdictionId: t.rootId, handlerId })
    .returning();
  return row as Item;
}

const ctxAs = (a: Actor): Ctx => ({ ...t.system(), actor: a });

async function fire(a: Actor, item: Item, action: string, input = {}, version = item.version) {
  return applyTransition(ctxAs(a), { machine, table: items, record: item, action, version, input });
}

async function reload(id: string): Promise<Item> {
  const [row] = await dbOf(t.system()).select().from(items).where(eq(items.id, id));
  return row as Item;
}

describe('workflow engine', () => {
  it('moves along declared transitions and records every step', async () => {
    const clerk = await actor('petition_clerk');
    const item = await newItem();
    await fire(clerk, item, 'propose', { opinion: '拟转县纪委监委办理' });
    const after = await reload(item.id);
    expect(after).toMatchObject({ state: 'proposed', version: 2 });
    const events = await dbOf(t.system())
      .select()
      .from(workflowEvents)
      .where(eq(workflowEvents.entityId, item.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'propose',
      fromState: 'draft',
      toState: 'proposed',
      actorId: clerk.userId,
      opinion: '拟转县纪委监委办理',
    });
    const audit = {
      rows: await queryRows<{ n: number }>(
        dbOf(t.system()),
        sql`select count(*)::int as n from audit_log where action = 'workflow.transition' and entity_id = ${item.id}`,
      ),
    };
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('refuses an illegal transition with 409 and leaves the record alone', async () => {
    const item = await newItem();
    const error = await fire(await actor('leading_group'), item, 'approve', {
      opinion: '同意',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_transition');
    expect(await reload(item.id)).toMatchObject({ state: 'draft', version: 1 });
  });

  it('refuses a role that may not fire it (403) and missing required fields (400)', async () => {
    const item = await newItem();
    await expect(
      fire(await actor('team_member'), item, 'propose', { opinion: 'x' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      fire(await actor('petition_clerk'), item, 'propose', { opinion: '  ' }),
    ).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(fire(await actor('petition_clerk'), item, 'explode', {})).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('applies record-level guards', async () => {
    const handler = await actor('team_member');
    const item = await newItem(handler.userId);
    await fire(await actor('petition_clerk'), item, 'propose', { opinion: 'a' });
    await fire(await actor('leading_group'), await reload(item.id), 'approve', { opinion: 'b' });
    const approved = await reload(item.id);
    await expect(fire(await actor('team_member'), approved, 'close')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await fire(handler, approved, 'close');
    expect((await reload(item.id)).state).toBe('closed');
  });

  it('answers a stale version with 409 (optimistic locking)', async () => {
    const item = await newItem();
    await fire(await actor('petition_clerk'), item, 'propose', { opinion: 'first' });
    const stale = { ...item, state: 'draft' as const };
    await expect(
      fire(await actor('petition_clerk'), stale, 'propose', { opinion: 'second' }, 1),
    ).rejects.toMatchObject({
      code: 'stale_version',
    });
  });

  it('lists the actions available to an actor on a record', async () => {
    const item = await newItem();
    expect(machine.available(await actor('petition_clerk'), item)).toEqual(['propose']);
    expect(machine.available(await actor('leading_group'), item)).toEqual([]);
  });

  it('does not apply roles held in another jurisdiction', async () => {
    const item = await newItem();
    const outsider = await actor('petition_clerk');
    outsider.roles[0]!.coveredJurisdictionIds = [crypto.randomUUID()];
    await expect(fire(outsider, item, 'propose', { opinion: 'x' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
