import { generateSecret, generateURI, verify } from 'otplib';

export const newTotpSecret = (): string => generateSecret();

export function totpUri(username: string, secret: string): string {
  return generateURI({ issuer: '巡察信访一体化监督平台', label: username, secret });
}

/**
 * Checks a 6-digit code at the clock's time with ±30 s tolerance. Returns the matched time
 * step so the caller can refuse a replay of the same (or an older) step.
 */
export async function checkTotp(
  secret: string,
  code: string,
  at: Date,
): Promise<{ valid: false } | { valid: true; step: number }> {
  if (!/^\d{6}$/.test(code)) return { valid: false };
  const epoch = Math.floor(at.getTime() / 1000);
  const result = await verify({ secret, token: code, epoch, epochTolerance: 30 });
  if (!result.valid) return { valid: false };
  return { valid: true, step: Math.floor(epoch / 30) + result.delta };
}
