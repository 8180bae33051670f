import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../errors.js';
import type { Keyring } from '../crypto/keyring.js';
import { sniffMimeType } from './sniff.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface StoredBlob {
  id: string;
  size: number;
  sha256: string;
  mimeType: string;
  wrappedKey: string;
}

export interface FileLimits {
  maxBytes: number;
  allowedTypes: readonly string[];
}

function aadFor(id: string): string {
  return `stored_files:${id}`;
}

/**
 * Attachments on disk under `<dataDir>/files`, each encrypted with its own data key
 * (AES-256-GCM: iv ‖ ciphertext ‖ tag). Streams in and out; never holds a file in memory.
 */
export class FileStore {
  constructor(
    private readonly root: string,
    private readonly keyring: Keyring,
  ) {}

  private pathOf(id: string): string {
    return path.join(this.root, id.slice(0, 2), `${id}.bin`);
  }

  /** Streams `source` to disk, checking size and sniffed type; returns what the row needs. */
  async put(source: Readable, limits: FileLimits): Promise<StoredBlob> {
    const id = randomUUID();
    const target = this.pathOf(id);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.part`;
    const { dataKey, wrapped } = this.keyring.newDataKey(aadFor(id));
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
    cipher.setAAD(Buffer.from(aadFor(id)));
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > limits.maxBytes) {
          done(new DomainError('payload_too_large', `文件超过大小上限（${limits.maxBytes} 字节）`));
          return;
        }
        if (head.length < 64) head = Buffer.concat([head, chunk.subarray(0, 64 - head.length)]);
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const out = createWriteStream(temp, { mode: 0o600 });
    out.write(iv);
    try {
      // `end: false`: the tag is appended after the cipher has flushed.
      await pipeline(source, meter, cipher, out, { end: false });
    } catch (error) {
      out.destroy();
      await rm(temp, { force: true });
      if (error instanceof DomainError) throw error;
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new DomainError('payload_too_large', `文件超过大小上限（${limits.maxBytes} 字节）`);
      }
      throw error;
    }
    await new Promise<void>((resolve, reject) => {
      out.end(cipher.getAuthTag(), (err?: Error | null) => (err ? reject(err) : resolve()));
    });
    const mimeType = sniffMimeType(head);
    if (size === 0 || !mimeType || !limits.allowedTypes.includes(mimeType)) {
      await rm(temp, { force: true });
      throw new DomainError(
        'unsupported_media_type',
        size === 0 ? '文件为空' : `不支持的文件类型（允许：${limits.allowedTypes.join(', ')}）`,
      );
    }
    await rename(temp, target);
    return { id, size, sha256: hash.digest('hex'), mimeType, wrappedKey: wrapped };
  }

  /**
   * A stream of the decrypted content. GCM authenticates only at the end of the stream, so the
   * whole file is checked first: tampered bytes make this throw instead of reaching a client.
   */
  async get(id: string, wrappedKey: string): Promise<Readable> {
    const discard = new Writable({ write: (_chunk, _enc, done) => done() });
    await pipeline(await this.decrypt(id, wrappedKey), discard);
    return this.decrypt(id, wrappedKey);
  }

  private async decrypt(id: string, wrappedKey: string): Promise<Readable> {
    const file = this.pathOf(id);
    const { size } = await stat(file);
    const handle = await open(file, 'r');
    const iv = Buffer.alloc(IV_BYTES);
    const tag = Buffer.alloc(TAG_BYTES);
    try {
      await handle.read(iv, 0, IV_BYTES, 0);
      await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
    } finally {
      await handle.close();
    }
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.keyring.unwrapDataKey(wrappedKey, aadFor(id)),
      iv,
    );
    decipher.setAAD(Buffer.from(aadFor(id)));
    decipher.setAuthTag(tag);
    const body = createReadStream(file, { start: IV_BYTES, end: size - TAG_BYTES - 1 });
    body.on('error', (err) => decipher.destroy(err));
    return body.pipe(decipher);
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
  }
}
