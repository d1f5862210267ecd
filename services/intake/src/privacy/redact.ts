import { normalizeIdNumber, normalizePhone } from './normalize';

export interface KnownIdentity {
  name?: string;
  phone?: string;
  idNumber?: string;
  address?: string;
  email?: string;
}

const PHONE_IN_TEXT = /(?<![\d])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d])/g;
const LANDLINE_IN_TEXT = /(?<![\d])0\d{2,3}[\s-]?\d{7,8}(?![\d])/g;
const ID_IN_TEXT = /(?<![\dA-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function maskPhone(match: string): string {
  const digits = match.replace(/\D/g, '');
  return `${digits.slice(-11, -8)}****${digits.slice(-4)}`;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text as it may travel beyond intake: phone numbers, ID numbers and e-mail addresses
 * masked wherever they appear, and the petitioner's own name and address replaced. Petitioners
 * often write their phone into the text ("联系电话13812345678"); the text goes to routing,
 * units and supervision, so it must not carry it.
 */
export function redactText(text: string, identity: KnownIdentity = {}): string {
  // Full-width digits (１３８…) become ASCII so they are found; other characters stay as written.
  let out = text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  out = out.replace(ID_IN_TEXT, (m) => (normalizeIdNumber(m) ? `${m.slice(0, 3)}***********${m.slice(-4, -1)}*` : m));
  out = out.replace(PHONE_IN_TEXT, (m) => (normalizePhone(m) ? maskPhone(m) : m));
  out = out.replace(LANDLINE_IN_TEXT, (m) => (normalizePhone(m) ? `${m.slice(0, 4)}****${m.slice(-2)}` : m));
  out = out.replace(EMAIL_IN_TEXT, '［邮箱已隐去］');
  const name = identity.name?.trim();
  if (name && name.length >= 2) out = out.replace(new RegExp(escapeRegExp(name), 'g'), '［信访人］');
  const address = identity.address?.trim();
  if (address && address.length >= 6) out = out.replace(new RegExp(escapeRegExp(address), 'g'), '［住址已隐去］');
  return out;
}
