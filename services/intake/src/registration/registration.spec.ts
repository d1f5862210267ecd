import { formatCaseNumber, localYear } from './case-number';
import { formatQueryCode, generateQueryCode, hashQueryCode, normalizeQueryCode, verifyQueryCode } from './query-code';

describe('case numbers', () => {
  it('are district, year and a six-digit sequence', () => {
    expect(formatCaseNumber('SW', 2026, 123)).toBe('SW-2026-000123');
    expect(formatCaseNumber('SW', 2026, 1_234_567)).toBe('SW-2026-1234567');
  });

  it('turn over at New Year in the district, not in UTC', () => {
    expect(localYear(new Date('2026-12-31T16:30:00Z'), 'Asia/Shanghai')).toBe(2027);
    expect(localYear(new Date('2026-12-31T15:30:00Z'), 'Asia/Shanghai')).toBe(2026);
  });
});

describe('query codes', () => {
  it('are 10 unambiguous characters, different each time', () => {
    const codes = new Set(Array.from({ length: 2000 }, generateQueryCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
  });

  it('accept what a person types and refuse what cannot be a code', () => {
    const code = generateQueryCode();
    expect(normalizeQueryCode(formatQueryCode(code).toLowerCase())).toBe(code);
    expect(normalizeQueryCode(` ${code.slice(0, 3)} ${code.slice(3)} `)).toBe(code);
    expect(normalizeQueryCode('0OI1L-ABCDE')).toBeNull();
    expect(normalizeQueryCode('ABC')).toBeNull();
  });

  it('verify against their scrypt verifier only', async () => {
    const code = generateQueryCode();
    const verifier = await hashQueryCode(code);
    expect(verifier).not.toContain(code);
    await expect(verifyQueryCode(code, verifier)).resolves.toBe(true);
    await expect(verifyQueryCode(generateQueryCode(), verifier)).resolves.toBe(false);
    await expect(verifyQueryCode(code, 'plain$x')).resolves.toBe(false);
  });
});
