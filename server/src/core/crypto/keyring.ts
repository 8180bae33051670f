import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(message = 'ciphertext failed authentication') {
    super(message);
    this.name = 'DecryptionError';
  }
}

function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

function parseKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('a master key must be 32 bytes (base64 or hex)');
  return key;
}

/** A 32-byte key kept in a 0600 file of the data dir, created on first use. */
function keyFile(dataDir: string, name: string): string {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8');
}

function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new DecryptionError('ciphertext too short');
  const decipher = createDecipheriv(ALGORITHM, key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new DecryptionError();
  }
}

/**
 * Envelope encryption: each value gets its own random data key (DEK); the DEK is sealed by
 * the master key (KEK). Token: `v1.<kid>.<sealed DEK>.<sealed value>` (base64url parts).
 * `aad` binds a ciphertext to its place (e.g. `users.totp_secret:<id>`) so it cannot be moved.
 * Older master keys stay readable for rotation; new values always use the current one.
 */
export class Keyring {
  private readonly keys = new Map<string, Buffer>();
  readonly currentKeyId: string;
  /**
   * Key of the keyed hashes that compare people without plaintext (petitioner ID numbers,
   * phones). It must outlive master-key rotations, so it is its own key.
   */
  readonly hashKey: Buffer;

  constructor(current: Buffer, previous: Buffer[] = [], hashKey?: Buffer) {
    this.hashKey =
      hashKey ?? Buffer.from(hkdfSync('sha256', current, Buffer.alloc(0), 'xuncha-hash-key', 32));
    this.currentKeyId = keyId(current);
    this.keys.set(this.currentKeyId, current);
    for (const key of previous) this.keys.set(keyId(key), key);
  }

  /**
   * A key for one purpose (`pow`, `report-token`, `receipt`), derived from the hash key so that it
   * survives master-key rotations like the hashes it protects.
   */
  derivedKey(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.hashKey, Buffer.alloc(0), `xuncha-${purpose}`, 32));
  }

  static fromConfig(options: {
    masterKey: string | null;
    previousMasterKeys: string[];
    dataDir: string;
    hashKey?: string | null;
  }): Keyring {
    const previous = options.previousMasterKeys.map(parseKey);
    const hashKey = options.hashKey ? parseKey(options.hashKey) : undefined;
    if (options.masterKey) return new Keyring(parseKey(options.masterKey), previous, hashKey);
    const master = parseKey(keyFile(options.dataDir, 'master.key'));
    return new Keyring(master, previous, hashKey ?? parseKey(keyFile(options.dataDir, 'hash.key')));
  }

  private key(kid: string): Buffer {
    const key = this.keys.get(kid);
    if (!key) throw new DecryptionError(`unknown master key ${kid}`);
    return key;
  }

  /** A fresh data key and its wrapped form, for streams (files). */
  newDataKey(aad: string): { dataKey: Buffer; wrapped: string } {
    const dataKey = randomBytes(32);
    const sealed = seal(this.key(this.currentKeyId), dataKey, aad);
    return { dataKey, wrapped: `v1.${this.currentKeyId}.${sealed.toString('base64url')}` };
  }

  unwrapDataKey(wrapped: string, aad: string): Buffer {
    const [version, kid, sealed] = wrapped.split('.');
    if (version !== 'v1' || !kid || !sealed) throw new DecryptionError('malformed key envelope');
    return open(this.key(kid), Buffer.from(sealed, 'base64url'), aad);
  }

  encrypt(plaintext: string | Buffer, aad: string): string {
    const { dataKey, wrapped } = this.newDataKey(aad);
    const body = seal(dataKey, Buffer.from(plaintext), aad);
    return `${wrapped}.${body.toString('base64url')}`;
  }

  decrypt(token: string, aad: string): Buffer {
    const parts = token.split('.');
    if (parts.length !== 4) throw new DecryptionError('malformed ciphertext');
    const dataKey = this.unwrapDataKey(parts.slice(0, 3).join('.'), aad);
    return open(dataKey, Buffer.from(parts[3] ?? '', 'base64url'), aad);
  }

  decryptText(token: string, aad: string): string {
    return this.decrypt(token, aad).toString('utf8');
  }

  /** The key id a token was sealed with: rotation re-encrypts those not on the current key. */
  static keyIdOf(token: string): string | null {
    return token.split('.')[1] ?? null;
  }
}

export const cipherParams = { ALGORITHM, IV_BYTES, TAG_BYTES };
