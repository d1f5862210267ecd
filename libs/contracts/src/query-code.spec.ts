import { DECOY_VERIFIER, formatQueryCode, generateQueryCode, hashQueryCode, normalizeQueryCode, verifyQueryCode } from './query-code';

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
    expect(normalizeQueryCode(' 7kq2m-x9tpa ')).toBe('7KQ2MX9TPA');
    expect(normalizeQueryCode('0OI1L-ABCDE')).toBeNull();
    expect(normalizeQueryCode('ABC')).toBeNull();
  });

  it('are printed ABCDE-FGHJK', () => {
    expect(formatQueryCode('7KQ2MX9TPA')).toBe('7KQ2M-X9TPA');
  });

  it('verify against their scrypt verifier only', async () => {
    const code = generateQueryCode();
    const verifier = await hashQueryCode(code);
    expect(verifier).not.toContain(code);
    expect(verifier).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    await expect(verifyQueryCode(code, verifier)).resolves.toBe(true);
    await expect(verifyQueryCode(generateQueryCode(), verifier)).resolves.toBe(false);
    await expect(verifyQueryCode(code, 'plain$x')).resolves.toBe(false);
  });

  // For the code 7KQ2M-X9TPA: the first made by intake's hashQueryCode (N = 2^10), the second in the
  // same format with N = 2^12 (intake's earlier cost).
  const INTAKE_VERIFIERS = [
    'scrypt$10$8$1$dhcxDfIG-kLp4COg3oLrTg$90Yu-srlEVwLsnzsE_VBexgRvJagk8mnpZ-CkDnigQ8',
    'scrypt$12$8$1$Zml4ZWQtc2FsdC0xNmJ5dA$qG710VnyqXSxEE4XBwB749RZWYbBDaCB1nbl-kzFO8E',
  ];

  it('verify against the verifiers intake publishes, whatever cost they were made with', async () => {
    for (const verifier of INTAKE_VERIFIERS) {
      await expect(verifyQueryCode('7KQ2MX9TPA', verifier)).resolves.toBe(true);
      await expect(verifyQueryCode('7KQ2MX9TPB', verifier)).resolves.toBe(false);
    }
  });

  it('never verify against a malformed or absurdly expensive verifier', async () => {
    await expect(verifyQueryCode('7KQ2MX9TPA', 'plain$7KQ2MX9TPA')).resolves.toBe(false);
    await expect(verifyQueryCode('7KQ2MX9TPA', INTAKE_VERIFIERS[0].replace('$10$', '$30$'))).resolves.toBe(false);
    await expect(verifyQueryCode('7KQ2MX9TPA', INTAKE_VERIFIERS[0].slice(0, -4))).resolves.toBe(false);
    await expect(verifyQueryCode('7KQ2MX9TPA', DECOY_VERIFIER)).resolves.toBe(false);
  });
});
