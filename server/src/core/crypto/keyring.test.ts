import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DecryptionError, Keyring } from './keyring.js';

const keyring = () => new Keyring(randomBytes(32));

describe('envelope encryption', () => {
  it('round-trips a value and never contains the plaintext', () => {
    const k = keyring();
    const token = k.encrypt('张三 110101199003074578', 'petitions.identity:1');
    expect(token).not.toContain('张三');
    expect(k.decryptText(token, 'petitions.identity:1')).toBe('张三 110101199003074578');
  });

  it('uses a fresh data key each time, so equal values encrypt differently', () => {
    const k = keyring();
    expect(k.encrypt('same', 'a')).not.toBe(k.encrypt('same', 'a'));
  });

  it('rejects a tampered ciphertext', () => {
    const k = keyring();
    const token = k.encrypt('secret', 'x');
    const parts = token.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[body.length - 1] = body[body.length - 1]! ^ 0x01;
    parts[3] = body.toString('base64url');
    expect(() => k.decrypt(parts.join('.'), 'x')).toThrow(DecryptionError);
  });

  it('rejects a tampered wrapped data key', () => {
    const k = keyring();
    const parts = k.encrypt('secret', 'x').split('.');
    const wrapped = Buffer.from(parts[2]!, 'base64url');
    wrapped[20] = wrapped[20]! ^ 0x80;
    parts[2] = wrapped.toString('base64url');
    expect(() => k.decrypt(parts.join('.'), 'x')).toThrow(DecryptionError);
  });

  it('binds a ciphertext to its place: another AAD fails', () => {
    const k = keyring();
    const token = k.encrypt('secret', 'users.totp_secret:1');
    expect(() => k.decrypt(token, 'users.totp_secret:2')).toThrow(DecryptionError);
  });

  it('stores the key id and still reads values sealed by a previous master key', () => {
    const oldKey = randomBytes(32);
    const old = new Keyring(oldKey);
    const token = old.encrypt('before rotation', 'x');
    expect(Keyring.keyIdOf(token)).toBe(old.currentKeyId);
    const rotated = new Keyring(randomBytes(32), [oldKey]);
    expect(rotated.decryptText(token, 'x')).toBe('before rotation');
    expect(Keyring.keyIdOf(rotated.encrypt('after', 'x'))).toBe(rotated.currentKeyId);
    expect(() => keyring().decrypt(token, 'x')).toThrow(/unknown master key/);
  });
});
