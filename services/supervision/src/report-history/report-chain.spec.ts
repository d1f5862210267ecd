import { GENESIS_HASH, entryHashOf, hmacOf, nextEntry, sha256, verifyChain, type ChainEntry } from './report-chain';

const KEY = 'test-history-key-0123456789abcdef0123';

function chain(n: number): ChainEntry[] {
  const entries: ChainEntry[] = [];
  for (let i = 0; i < n; i += 1) {
    const report = JSON.stringify({ period: `2026-Q${i + 1}`, units: [{ unitId: 'town-fuxi', score: 80 + i }] });
    entries.push(nextEntry(entries[i - 1], { kind: 'appraisal', subject: `appraisal:2026-Q${i + 1}`, createdAt: `2026-0${i + 1}-05T02:00:00.000Z`, report }, KEY));
  }
  return entries;
}

describe('the signed report chain', () => {
  it('links every entry to the one before and verifies an untouched chain', () => {
    const entries = chain(4);
    expect(entries[0].prevHash).toBe(GENESIS_HASH);
    expect(entries[2].prevHash).toBe(entries[1].entryHash);
    expect(entries[3].reportSha256).toBe(sha256(entries[3].report));
    expect(verifyChain(entries, KEY)).toEqual({ ok: true, entries: 4 });
    expect(verifyChain([], KEY)).toEqual({ ok: true, entries: 0 });
  });

  it('finds an edited report at its entry', () => {
    const entries = chain(4);
    entries[2] = { ...entries[2], report: entries[2].report.replace('82', '95') };
    expect(verifyChain(entries, KEY)).toEqual({ ok: false, entries: 4, firstBadEntry: { seq: 3, fault: 'report-altered' } });
  });

  it('finds an edited report whose hash was recomputed too', () => {
    const entries = chain(4);
    const report = entries[1].report.replace('81', '99');
    entries[1] = { ...entries[1], report, reportSha256: sha256(report) };
    expect(verifyChain(entries, KEY).firstBadEntry).toEqual({ seq: 2, fault: 'entry-altered' });
  });

  it('refuses an entry rewritten with recomputed hashes but without the key', () => {
    const entries = chain(3);
    const report = entries[0].report.replace('80', '100');
    const forged = { ...entries[0], report, reportSha256: sha256(report) };
    forged.entryHash = entryHashOf(forged);
    forged.hmac = hmacOf('a guessed key', forged.entryHash);
    entries[0] = forged;
    expect(verifyChain(entries, KEY).firstBadEntry).toEqual({ seq: 1, fault: 'signature-invalid' });
  });

  it('finds a deleted entry and a broken link', () => {
    const entries = chain(4);
    expect(verifyChain([entries[0], entries[2], entries[3]], KEY).firstBadEntry).toEqual({ seq: 2, fault: 'entry-missing' });
    const relinked = chain(4);
    relinked[3] = { ...relinked[3], prevHash: relinked[1].entryHash };
    expect(verifyChain(relinked, KEY).firstBadEntry).toEqual({ seq: 4, fault: 'chain-broken' });
  });

  it('refuses the whole chain under another key', () => {
    expect(verifyChain(chain(2), 'another-key-0123456789abcdef0123456').firstBadEntry).toEqual({ seq: 1, fault: 'signature-invalid' });
  });
});
