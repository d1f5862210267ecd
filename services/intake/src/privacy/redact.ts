import { maskContactDetails } from '@sunshine/contracts';

export interface KnownIdentity {
  name?: string;
  phone?: string;
  idNumber?: string;
  address?: string;
  email?: string;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text as it may travel beyond intake: phone numbers, ID numbers and e-mail addresses
 * masked wherever they appear (the contracts' masking, the same feedback applies to comments),
 * and the petitioner's own name and address replaced. Petitioners often write their phone into
 * the text ("联系电话13812345678"); the text goes to routing, units and supervision, so it must
 * not carry it.
 */
export function redactText(text: string, identity: KnownIdentity = {}): string {
  let out = maskContactDetails(text);
  const name = identity.name?.trim();
  if (name && name.length >= 2) out = out.replace(new RegExp(escapeRegExp(name), 'g'), '［信访人］');
  const address = identity.address?.trim();
  if (address && address.length >= 6) out = out.replace(new RegExp(escapeRegExp(address), 'g'), '［住址已隐去］');
  return out;
}
