const MOBILE = /(?<![\d])(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?![\d])/g;
const ID_NUMBER = /(?<![\dA-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![\dA-Za-z])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * Free text from or about the petitioner — a rating's comment, a return visit's summary — goes
 * to the units and to supervision: phone numbers, ID numbers and e-mail addresses in it are
 * masked first, as intake masks them in the petition text (138****5678). Names and addresses
 * cannot be recognised reliably here.
 */
export function maskContactDetails(text: string): string {
  return text
    .replace(ID_NUMBER, (_m, head: string, _birth: string, tail: string) => `${head}********${tail}`)
    .replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`)
    .replace(EMAIL, '***@***');
}
