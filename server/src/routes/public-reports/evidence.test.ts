import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveChallenge } from '../../core/public/proof-of-work.js';
import { multipart } from '../../test/assertions.js';
import { loginAs } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Issue: public portal, points 1, 2 and 4 — evidence files from the public page and their limits. */
let t: TestApp;
let office: TestSession;
let clerk: TestSession;

const pdf = (text: string) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(text.repeat(40))]);

async function upload(name: string, content: Buffer, ip: string) {
  const form = multipart(name, content);
  return t.app.inject({
    method: 'POST',
    url: '/api/public/files',
    payload: form.payload,
    headers: form.headers,
    remoteAddress: ip,
  });
}

async function report(files: string[], ip: string) {
  const { challenge, bits } = (
    await t.app.inject({ method: 'GET', url: '/api/public/pow-challenge' })
  ).json();
  return t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    remoteAddress: ip,
    payload: {
      pow: { challenge, nonce: solveChallenge(challenge, bits) },
      accused: [{ name: '赵某', unitName: '县交通运输局' }],
      facts: '县交通运输局赵某在农村公路养护项目中指定施工队，收受好处费，附转账截图。',
      anonymous: true,
      files,
    },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  office = await loginAs(t, 'office_admin');
  clerk = await loginAs(t, 'petition_clerk');
  await office.put('/api/settings/public.powBits', { jurisdictionId: t.rootId, value: 3 });
});
afterAll(() => t.close());

describe('evidence from the public page', () => {
  it('is uploaded for a handle that the report names, and reaches the petition', async () => {
    const up = await upload('转账截图.pdf', pdf('转账'), '203.0.113.10');
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ name: '转账截图.pdf', mimeType: 'application/pdf' });
    const sent = await report([up.json().handle], '203.0.113.10');
    expect(sent.statusCode, sent.body).toBe(201);
    const [p] = (await clerk.get('/api/petitions?state=submitted')).json().items;
    const detail = (await clerk.get(`/api/petitions/${p.id}`)).json();
    expect(detail.attachments.map((a: { name: string }) => a.name)).toEqual(['转账截图.pdf']);
  });

  it('refuses a forged handle, too many files, and a type that is not an image or PDF', async () => {
    const up = (await upload('a.pdf', pdf('a'), '203.0.113.11')).json();
    const forged = `${up.handle.slice(0, -2)}00`;
    const bad = await report([forged], '203.0.113.11');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('files');
    const many = await report(
      ['f1.a.1.b', 'f1.c.1.d', 'f1.e.1.f', 'f1.g.1.h', 'f1.i.1.j', 'f1.k.1.l'],
      '203.0.113.11',
    );
    expect(many.statusCode).toBe(422);
    const text = await upload('notes.txt', Buffer.from('plain text, not evidence'), '203.0.113.12');
    expect(text.statusCode).toBeGreaterThanOrEqual(400);
    expect(text.statusCode).toBeLessThan(500);
  });

  it('limits uploads per IP per hour (configurable), then answers 429', async () => {
    await office.put('/api/settings/public.filesPerHourPerIp', {
      jurisdictionId: t.rootId,
      value: 2,
    });
    const ip = '203.0.113.20';
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await upload(`${i}.pdf`, pdf(`${i}`), ip)).statusCode);
    expect(codes).toEqual([201, 201, 429]);
    expect((await upload('x.pdf', pdf('x'), '203.0.113.21')).statusCode).toBe(201);
  });
});
