import type { Keyring } from '../../core/crypto/keyring.js';
import { checkIdNumber } from '../../core/identity/id-number.js';
import { keyedHash } from '../../core/identity/keyed-hash.js';
import { maskName, maskPhone } from '../../core/identity/mask.js';
import { checkPhone } from '../../core/identity/phone.js';
import type { PetitionerInput } from './petition-types.js';

export const identityAad = (petitionId: string) => `petitions.identity:${petitionId}`;

/**
 * What a petition row stores about its petitioner: the identity sealed under its own data key,
 * masked forms for lists, keyed hashes to recognise the same person, and validation flags
 * (an invalid ID number or phone is kept and flagged, never silently dropped).
 */
export function sealPetitioner(
  keyring: Keyring,
  petitionId: string,
  petitioner: PetitionerInput | null | undefined,
  at: Date,
) {
  const empty = {
    identityCipher: null,
    petitionerNameMasked: null,
    petitionerPhoneMasked: null,
    petitionerIdHash: null,
    petitionerPhoneHash: null,
    idNumberProblem: null,
    phoneProblem: null,
  };
  const clean = {
    name: petitioner?.name?.trim() || null,
    idNumber: petitioner?.idNumber?.trim() || null,
    phone: petitioner?.phone?.trim() || null,
    address: petitioner?.address?.trim() || null,
  };
  if (!clean.name && !clean.idNumber && !clean.phone && !clean.address) return empty;
  const id = clean.idNumber ? checkIdNumber(clean.idNumber, at) : null;
  const phone = clean.phone ? checkPhone(clean.phone) : null;
  return {
    identityCipher: keyring.encrypt(JSON.stringify(clean), identityAad(petitionId)),
    petitionerNameMasked: maskName(clean.name),
    petitionerPhoneMasked: maskPhone(phone?.normalized ?? clean.phone),
    petitionerIdHash: clean.idNumber
      ? keyedHash('idNumber', clean.idNumber, keyring.hashKey)
      : null,
    petitionerPhoneHash: clean.phone ? keyedHash('phone', clean.phone, keyring.hashKey) : null,
    idNumberProblem: id && !id.valid ? id.problem : null,
    phoneProblem: phone && !phone.valid ? phone.problem : null,
  };
}
