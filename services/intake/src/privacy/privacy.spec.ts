import { randomBytes } from 'node:crypto';
import { BlindIndexer } from './blind-index';
import { idCheckCharacter, normalizeIdNumber, normalizePhone, normalizeText } from './normalize';
import { PiiCipher } from './pii-cipher';
import { redactText } from './redact';

describe('phone normalisation', () => {
  it.each([
    ['13812345678', '+8613812345678'],
    ['138 1234 5678', '+8613812345678'],
    ['+86 138-1234-5678', '+8613812345678'],
    ['008613812345678', '+8613812345678'],
    ['8613812345678', '+8613812345678'],
    ['１３８１２３４５６７８', '+8613812345678'],
    ['0833-2123456', '+868332123456'],
    ['(028) 8765 4321', '+862887654321'],
  ])('%s → %s', (raw, e164) => expect(normalizePhone(raw)).toBe(e164));

  it.each(['12345', '23812345678', '1381234567', 'phone', '+86 2'])('refuses %s', (raw) => expect(normalizePhone(raw)).toBeNull());
});

describe('resident ID numbers (GB 11643)', () => {
  // 11010519491231002X is the standard's worked example.
  it('accepts valid numbers and computes the check character', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(normalizeIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(normalizeIdNumber('511102199003071234'.slice(0, 17) + idCheckCharacter('51110219900307123'))).toMatch(/^511102/);
  });

  it('refuses a wrong check digit, an impossible birth date and the wrong length', () => {
    expect(normalizeIdNumber('110105194912310021')).toBeNull();
    const feb30 = '51110219900230123';
    expect(normalizeIdNumber(feb30 + idCheckCharacter(feb30))).toBeNull();
    expect(normalizeIdNumber('1101051949123100')).toBeNull();
  });
});

describe('PiiCipher', () => {
  const keys = { a: randomBytes(32), b: randomBytes(32) };

  it('round-trips and records the key id, so keys can rotate', () => {
    const old = new PiiCipher(keys, 'a');
    const sealed = old.encrypt('张三', 'p1:name');
    expect(sealed).not.toContain('张三');
    expect(PiiCipher.keyIdOf(sealed)).toBe('a');
    const rotated = new PiiCipher(keys, 'b');
    expect(rotated.decrypt(sealed, 'p1:name')).toBe('张三');
    expect(PiiCipher.keyIdOf(rotated.encrypt('张三', 'p1:name'))).toBe('b');
  });

  it('refuses a value moved to another petition or field, or tampered with', () => {
    const cipher = new PiiCipher(keys, 'a');
    const sealed = cipher.encrypt('13812345678', 'p1:phone');
    expect(() => cipher.decrypt(sealed, 'p2:phone')).toThrow();
    expect(() => cipher.decrypt(sealed, 'p1:name')).toThrow();
    const parts = sealed.split('.');
    // Flip one bit of the ciphertext (writing a fixed byte left it unchanged whenever that byte was
    // already there: one run in 256 failed).
    const bytes = Buffer.from(parts[4], 'base64url');
    bytes[0] ^= 0x01;
    parts[4] = bytes.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), 'p1:phone')).toThrow();
  });

  it('encrypts the same value differently each time', () => {
    const cipher = new PiiCipher(keys, 'a');
    expect(cipher.encrypt('x', 'c')).not.toBe(cipher.encrypt('x', 'c'));
  });
});

describe('BlindIndexer', () => {
  it('gives equal indexes for equal values, different ones per field and per key', () => {
    const key = randomBytes(32);
    const a = new BlindIndexer(key);
    expect(a.index('phone', '+8613812345678')).toBe(a.index('phone', normalizePhone('138-1234-5678')!));
    expect(a.index('phone', '+8613812345678')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.index('phone', 'x')).not.toBe(a.index('email', 'x'));
    expect(new BlindIndexer(randomBytes(32)).index('phone', 'x')).not.toBe(a.index('phone', 'x'));
  });
});

describe('redactText', () => {
  it('masks phone and ID numbers anywhere in the text, and the petitioner’s own name and address', () => {
    const text = '我叫王小明，住在嘉州花园3栋2单元101，电话13812345678，座机0833-2123456，身份证11010519491231002X，邮箱wang@example.com。王小明反映…';
    const out = redactText(text, { name: '王小明', address: '嘉州花园3栋2单元101' });
    expect(out).not.toMatch(/13812345678|2123456|11010519491231002X|wang@example|王小明|嘉州花园3栋2单元101/);
    expect(out).toContain('138****5678');
  });

  it('finds full-width digits and leaves ordinary numbers alone', () => {
    expect(redactText('电话１３８１２３４５６７８')).not.toContain('12345678');
    expect(redactText('欠薪共计12000元，涉及35人，2019年3月')).toBe('欠薪共计12000元，涉及35人，2019年3月');
  });

  it('normalises names and addresses for matching', () => {
    expect(normalizeText(' 嘉州花园 3栋（2单元）')).toBe(normalizeText('嘉州花园3栋2单元'));
  });
});
