import type { PetitionerKeys } from '@sunshine/contracts';
import type { BlindIndexer } from './blind-index';
import { normalizeEmail, normalizeIdNumber, normalizePhone, normalizeText } from './normalize';
import type { PiiCipher } from './pii-cipher';

/** What a petitioner tells us about themselves (all optional: anonymous petitions are allowed). */
export interface PetitionerInput {
  name?: string;
  phone?: string;
  idNumber?: string;
  address?: string;
  email?: string;
}

/** The petitioner as stored by intake: every value sealed, plus the blind indexes. */
export interface SealedPetitioner {
  name?: string;
  phone?: string;
  idNumber?: string;
  address?: string;
  email?: string;
}

export interface ProtectedIdentity {
  sealed: SealedPetitioner;
  keys: PetitionerKeys;
  /** The strongest key: ID number, then phone, then e-mail, then name + address. */
  ref?: string;
  anonymous: boolean;
}

/**
 * Seal a petitioner's personal data for storage and derive the blind indexes that other
 * services may see. Values are normalised first (E.164 phones, upper-case ID numbers) so the
 * same person is recognised however they typed it. Validation happened in the DTO.
 */
export function protectIdentity(
  petitionId: string,
  input: PetitionerInput | undefined,
  cipher: PiiCipher,
  indexer: BlindIndexer,
): ProtectedIdentity {
  const sealed: SealedPetitioner = {};
  const keys: PetitionerKeys = {};
  const seal = (field: keyof SealedPetitioner, value: string | undefined) => {
    if (value) sealed[field] = cipher.encrypt(value, `${petitionId}:${field}`);
  };
  const phone = input?.phone ? normalizePhone(input.phone) ?? undefined : undefined;
  const idNumber = input?.idNumber ? normalizeIdNumber(input.idNumber) ?? undefined : undefined;
  const email = input?.email ? normalizeEmail(input.email) : undefined;
  const name = input?.name?.trim() || undefined;
  const address = input?.address?.trim() || undefined;
  seal('name', name);
  seal('phone', phone);
  seal('idNumber', idNumber);
  seal('address', address);
  seal('email', email);
  if (phone) keys.phone = indexer.index('phone', phone);
  if (idNumber) keys.idNumber = indexer.index('idNumber', idNumber);
  if (email) keys.email = indexer.index('email', email);
  if (name && address) keys.nameAddress = indexer.index('nameAddress', `${normalizeText(name)}|${normalizeText(address)}`);
  const ref = keys.idNumber ?? keys.phone ?? keys.email ?? keys.nameAddress;
  return { sealed, keys, ...(ref ? { ref } : {}), anonymous: !ref && !name };
}

/** Open a sealed petitioner (intake only; for the audited reveal and for staff of intake). */
export function revealIdentity(petitionId: string, sealed: SealedPetitioner, cipher: PiiCipher): PetitionerInput {
  const out: PetitionerInput = {};
  for (const field of ['name', 'phone', 'idNumber', 'address', 'email'] as const) {
    const value = sealed[field];
    if (value) out[field] = cipher.decrypt(value, `${petitionId}:${field}`);
  }
  return out;
}
