import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  auditRows,
  countRows,
  expectProblem,
  multipart,
} from '../../test/assertions.js';
import { loginAs, makeJurisdiction, makeUser } from '../../test/factories.js';
import type { TestSession } from '../../test/session.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

interface StoredFile {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MB = 1024 * 1024;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A small "PNG": the signature, a marker we can look for on disk, and random filler. */
function png(marker = `MARKER-${randomBytes(8).toString('hex')}`) {
  return { marker, bytes: Buffer.concat([PNG_SIGNATURE, Buffer.from(marker), randomBytes(512)]) };
}

async function upload(session: TestSession, filename: string, content: Buffer | Readable) {
  const { payload, headers } = multipart(filename, content);
  return session.request('POST', '/api/files', payload, { headers });
}

/** Every file under <dataDir>/files, recursively. */
function storedPaths(): string[] {
  const root = path.join(t.dataDir, 'files');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function uploaded(session: TestSession, bytes: Buffer, name = '现场照片.png') {
  const response = await upload(session, name, bytes);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<StoredFile>();
}

describe('POST /api/files', () => {
  it('stores a PNG encrypted and answers with its SHA-256', async () => {
    const clerk = await loginAs(t, 'petition_clerk');
    const { marker, bytes } = png();
    const file = await uploaded(clerk, bytes);
    expect(file).toMatchObject({
      name: '现场照片.png',
      mimeType: 'image/png',
      size: bytes.length,
      sha256: sha256(bytes),
    });
    const onDisk = storedPaths().filter((p) => p.includes(file.id));
    expect(onDisk).toHaveLength(1);
    for (const stored of storedPaths()) {
      expect(readFileSync(stored).includes(Buffer.from(marker))).toBe(false);
    }
    const [audit] = await auditRows(t, { action: 'file.upload', entityId: file.id });
    expect(audit?.detail).toMatchObject({ sha256: file.sha256, size: bytes.length });
  });

  it('answers 401 without a session and stores nothing', async () => {
    const rows = await countRows(t, 'stored_files');
    const { payload, headers } = multipart('a.png', png().bytes);
    const response = await t.app.inject({ method: 'POST', url: '/api/files', payload, headers });
    expectProblem(response, 401);
    expect(await countRows(t, 'stored_files')).toBe(rows);
  });

  it('forbids the security auditor from uploading (403)', async () => {
    const auditor = await loginAs(t, 'auditor');
    const rows = await countRows(t, 'stored_files');
    expectProblem(await upload(auditor, 'a.png', png().bytes), 403);
    expect(await countRows(t, 'stored_files')).toBe(rows);
  });

  it.each([
    ['a Windows program', 'setup.exe', Buffer.concat([Buffer.from('MZ'), randomBytes(200)])],
    ['a text file', 'notes.png', Buffer.from('这不是图片，只是一段文字。')],
    ['an HTML page', 'page.pdf', Buffer.from('<html><script>alert(1)</script></html>')],
  ])('refuses %s by its content (415) and keeps nothing', async (_label, name, bytes) => {
    const clerk = await loginAs(t, 'petition_clerk');
    const rows = await countRows(t, 'stored_files');
    const files = storedPaths().length;
    expectProblem(await upload(clerk, name, bytes), 415, 'unsupported_media_type');
    expect(await countRows(t, 'stored_files')).toBe(rows);
    expect(storedPaths()).toHaveLength(files);
  });

  it('refuses a file over 20 MB (413), streamed, and keeps nothing', async () => {
    const clerk = await loginAs(t, 'petition_clerk');
    const rows = await countRows(t, 'stored_files');
    const files = storedPaths().length;
    const chunk = Buffer.alloc(MB, 0x42);
    const big = Readable.from(
      (function* () {
        yield PNG_SIGNATURE;
        for (let i = 0; i < 21; i += 1) yield chunk;
      })(),
    );
    const response = await upload(clerk, 'huge.png', big);
    expectProblem(response, 413, 'payload_too_large');
    expect(await countRows(t, 'stored_files')).toBe(rows);
    expect(storedPaths()).toHaveLength(files);
  });

  it('accepts a file of exactly 20 MB, and refuses one byte more (413)', async () => {
    const clerk = await loginAs(t, 'petition_clerk');
    const exact = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(20 * MB - PNG_SIGNATURE.length, 1)]);
    const accepted = await uploaded(clerk, exact, 'exact.png');
    expect(accepted).toMatchObject({ size: 20 * MB, sha256: sha256(exact) });
    const rows = await countRows(t, 'stored_files');
    const oneMore = await upload(clerk, 'over.png', Buffer.concat([exact, Buffer.from([1])]));
    expectProblem(oneMore, 413);
    expect(await countRows(t, 'stored_files')).toBe(rows);
  });

  it('refuses a request that is not multipart (415)', async () => {
    const clerk = await loginAs(t, 'petition_clerk');
    expectProblem(await clerk.post('/api/files', { file: 'x' }), 415);
  });
});

describe('GET /api/files/:id/content', () => {
  it('returns the identical bytes to the uploader and audits the download', async () => {
    const uploader = await makeUser(t, 'petition_clerk');
    const session = await uploader.login();
    const { bytes } = png();
    const file = await uploaded(session, bytes);
    const response = await session.get(`/api/files/${file.id}/content`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('现场照片.png')}`,
    );
    expect(response.rawPayload.equals(bytes)).toBe(true);
    const [audit] = await auditRows(t, { action: 'file.download', entityId: file.id });
    expect(audit?.actorName).toBe(uploader.username);
  });

  it('lets the office of the jurisdiction download it too', async () => {
    const clerk = await loginAs(t, 'petition_clerk');
    const { bytes } = png();
    const file = await uploaded(clerk, bytes);
    const office = await loginAs(t, 'office_admin');
    const response = await office.get(`/api/files/${file.id}/content`);
    expect(response.rawPayload.equals(bytes)).toBe(true);
  });

  it('answers 404 to anyone else, and to an office elsewhere, without an audit row', async () => {
    const clerk = await loginAs(t, 'petition_clerk');
    const file = await uploaded(clerk, png().bytes);
    const colleague = await loginAs(t, 'petition_clerk');
    expectProblem(await colleague.get(`/api/files/${file.id}/content`), 404, 'not_found');
    const other = await makeJurisdiction(t, { parentId: null });
    const foreignOffice = await loginAs(t, 'office_admin', { jurisdictionId: other.id });
    expectProblem(await foreignOffice.get(`/api/files/${file.id}/content`), 404);
    expect(await auditRows(t, { action: 'file.download', entityId: file.id })).toHaveLength(0);
    expectProblem(await anonymous(t, 'GET', `/api/files/${file.id}/content`), 401);
  });

  it('fails rather than return content when the ciphertext on disk was tampered with', async () => {
    const clerk = await loginAs(t, 'petition_clerk');
    const { marker, bytes } = png();
    const file = await uploaded(clerk, bytes);
    const [stored] = storedPaths().filter((p) => p.includes(file.id));
    const cipher = readFileSync(stored!);
    cipher[20] = cipher[20]! ^ 0xff; // inside the ciphertext (after the 12-byte IV)
    writeFileSync(stored!, cipher);
    const response = await clerk.get(`/api/files/${file.id}/content`);
    expect(response.statusCode).toBeGreaterThanOrEqual(500);
    expect(response.rawPayload.includes(Buffer.from(marker))).toBe(false);
    expect(response.rawPayload.includes(bytes.subarray(40, 80))).toBe(false);
  });
});
