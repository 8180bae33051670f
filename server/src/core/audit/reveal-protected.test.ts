import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { makeUser } from '../../test/factories.js';
import { DecryptionError } from '../crypto/keyring.js';
import { auditRows } from '../../test/assertions.js';
import { revealProtected } from './reveal-protected.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('revealing a protected field', () => {
  it('returns the plaintext and writes a protected.view audit row naming the viewer and field', async () => {
    const viewer = await makeUser(t, 'leading_group');
    const token = t.deps.keyring.encrypt('张三 13800138000', 'petition.identity:p1');
    const ctx = {
      ...t.system(),
      actor: {
        userId: viewer.id,
        username: viewer.username,
        displayName: '',
        jurisdictionId: t.rootId,
        roles: [],
        sessionId: null,
      },
    };
    const shown = await revealProtected(
      ctx,
      {
        entityType: 'petition',
        entityId: 'p1',
        jurisdictionId: t.rootId,
        field: 'petitioner.identity',
        grantId: 'g1',
      },
      token,
      'petition.identity:p1',
    );
    expect(shown).toBe('张三 13800138000');
    const [row] = await auditRows(t, { action: 'protected.view', entityId: 'p1' });
    expect(row).toMatchObject({ actorName: viewer.username });
    expect(JSON.stringify(row)).toContain('petitioner.identity');
    expect(JSON.stringify(row)).not.toContain('13800138000');
  });

  it('records nothing when the ciphertext does not open', async () => {
    const before = (await auditRows(t, { action: 'protected.view' })).length;
    const token = t.deps.keyring.encrypt('secret', 'a');
    await expect(
      revealProtected(
        t.system(),
        { entityType: 'x', entityId: 'x2', jurisdictionId: null, field: 'f' },
        token,
        'b',
      ),
    ).rejects.toThrow(DecryptionError);
    expect((await auditRows(t, { action: 'protected.view' })).length).toBe(before);
  });
});
