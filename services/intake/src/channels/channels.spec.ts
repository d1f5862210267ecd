import { derivedKey, normalizeMessageId } from './channel-keys';
import { triageAttachments } from './eml';
import { spellQueryCode } from './register-hotline-call.service';

const jpeg = (size = 16) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size)]);

describe('channel helpers', () => {
  it('derives a valid Idempotency-Key from any upstream identifier, never containing it', () => {
    const key = derivedKey('<weird id with spaces/and@host>');
    expect(key).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    expect(key).not.toContain('host');
    expect(derivedKey('a', 'bc')).not.toBe(derivedKey('ab', 'c'));
    expect(normalizeMessageId(' <abc@host> ')).toBe('abc@host');
  });

  it('keeps the first five photos or PDFs by their bytes and reports the others', () => {
    const parts = [
      { filename: 'a.txt', bytes: Buffer.from('hello') },
      ...Array.from({ length: 6 }, (_, i) => ({ filename: `p${i}.jpg`, bytes: jpeg() })),
      { filename: 'big.pdf', bytes: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]) },
    ];
    const triaged = triageAttachments(parts);
    expect(triaged.filter((t) => t.kept).map((t) => t.filename)).toEqual(['p0.jpg', 'p1.jpg', 'p2.jpg', 'p3.jpg', 'p4.jpg']);
    expect(triaged.flatMap((t) => (t.kept ? [] : [[t.filename, t.reason]]))).toEqual([
      ['a.txt', 'unsupported-type'],
      ['p5.jpg', 'too-many'],
      ['big.pdf', 'too-large'],
    ]);
  });

  it('spells the query code one character at a time for the phone', () => {
    expect(spellQueryCode('7KQ2M-X9TPA', 'zh-CN')).toBe('7、K、Q、2、M，横杠，X、9、T、P、A');
    expect(spellQueryCode('7KQ2M-X9TPA', 'en')).toBe('7, K, Q, 2, M, dash, X, 9, T, P, A');
  });
});
