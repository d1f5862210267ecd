import { maskContactDetails } from '../common/mask-contact-details';
import { conclusionOf, roundToRate } from './rating';
import { DECOY_VERIFIER, normalizeQueryCode, verifyQueryCode } from './query-code';

describe('query codes', () => {
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

  it('accept what a person types and refuse what cannot be a code', () => {
    expect(normalizeQueryCode(' 7kq2m-x9tpa ')).toBe('7KQ2MX9TPA');
    expect(normalizeQueryCode('0OI1L-ABCDE')).toBeNull();
    expect(normalizeQueryCode('ABC')).toBeNull();
  });

  it('never verify against a malformed or absurdly expensive verifier', async () => {
    await expect(verifyQueryCode('7KQ2MX9TPA', 'plain$7KQ2MX9TPA')).resolves.toBe(false);
    await expect(verifyQueryCode('7KQ2MX9TPA', INTAKE_VERIFIERS[0].replace('$10$', '$30$'))).resolves.toBe(false);
    await expect(verifyQueryCode('7KQ2MX9TPA', INTAKE_VERIFIERS[0].slice(0, -4))).resolves.toBe(false);
    await expect(verifyQueryCode('7KQ2MX9TPA', DECOY_VERIFIER)).resolves.toBe(false);
  });
});

describe('which reply a rating is for', () => {
  it('is the latest reply, once it exists and while the case is open', () => {
    expect(roundToRate({ status: 'replied', round: 2 })).toBe(2);
    expect(() => roundToRate({ status: 'registered', round: 0 })).toThrow(expect.objectContaining({ code: 'RATING.NO_REPLY', status: 409 }));
    expect(() => roundToRate({ status: 'reopened', round: 1 })).toThrow(expect.objectContaining({ code: 'RATING.NO_REPLY' }));
    expect(() => roundToRate({ status: 'closed', round: 2 })).toThrow(expect.objectContaining({ code: 'RATING.CASE_CLOSED', status: 409 }));
  });

  it('concludes the matter when satisfied or basically satisfied, not when dissatisfied', () => {
    expect(conclusionOf('satisfied')).toBe('satisfied');
    expect(conclusionOf('basically-satisfied')).toBe('satisfied');
    expect(conclusionOf('dissatisfied')).toBeUndefined();
  });
});

describe('comments', () => {
  it('lose the phone numbers, ID numbers and e-mail addresses typed into them', () => {
    expect(maskContactDetails('晚上还在施工，请回电13812345678或 +86 139-1234-5678')).toBe('晚上还在施工，请回电138****5678或 139****5678');
    expect(maskContactDetails('身份证11010519491231002X，邮箱 wang.xm@example.com')).toBe('身份证110105********002X，邮箱 ***@***');
  });

  it('keep everything else as written', () => {
    const text = '施工已于12月3日停止，处理结果满意。门牌号 2-101，共 3 户受影响。';
    expect(maskContactDetails(text)).toBe(text);
  });
});
