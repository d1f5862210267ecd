/**
 * Contact details in free text (a petition's text, a rating's comment, a return visit's summary)
 * are masked before the text leaves the service that received it: the text goes to routing,
 * units and supervision, which must not learn the petitioner's phone, ID number or e-mail from
 * it. One masking for every service, so a masked value looks the same wherever it is read.
 * Names and addresses cannot be recognised reliably in text; intake replaces the petitioner's
 * own, which it knows.
 */

const MOBILE = /(?<![\d])(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?![\d])/g;
/** Fixed line with area code: 0 + 2–3 digits (not 00, an international prefix) + 7–8 digits. */
const LANDLINE = /(?<![\d])0[1-9]\d{1,2}[\s-]?\d{7,8}(?![\d])/g;
/** 18-character resident ID numbers, valid or not: a mistyped one still identifies its holder. */
const ID_NUMBER = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * `138****5678`, `0833****56`, `110***********002*`, `***@***`. An ID number keeps only its first three
 * digits (the province) and three of its sequence digits: the birth date and the check digit would narrow
 * the holder down. Full-width digits (１３８…) are
 * made ASCII first so they are found; everything else stays as written.
 */
export function maskContactDetails(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(ID_NUMBER, (m) => `${m.slice(0, 3)}***********${m.slice(-4, -1)}*`)
    .replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE, (m) => `${m.slice(0, 4)}****${m.slice(-2)}`)
    .replace(EMAIL, '***@***');
}
