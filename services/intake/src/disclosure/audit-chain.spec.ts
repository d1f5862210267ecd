import { entryHash, firstBrokenEntry, GENESIS, type AuditEntry } from './audit-chain';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq += 1) {
    const base = { seq, at: `2026-11-2${seq}T00:00:00Z`, actor: 'u', unitId: 'town-fulu', action: 'contact-revealed', petitionId: `p${seq}`, reason: '回访核实情况', prevHash: prev };
    const entry = { ...base, hash: entryHash(base) };
    out.push(entry);
    prev = entry.hash;
  }
  return out;
}

describe('the reveal audit chain', () => {
  it('holds when nothing was changed', () => expect(firstBrokenEntry(chain(5))).toBeUndefined());

  it('shows the first entry that was edited, removed or reordered', () => {
    const edited = chain(5);
    edited[2] = { ...edited[2], reason: '无' };
    expect(firstBrokenEntry(edited)).toBe(3);
    const removed = chain(5).filter((e) => e.seq !== 2);
    expect(firstBrokenEntry(removed)).toBe(3);
    const swapped = chain(3);
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(firstBrokenEntry(swapped)).toBe(2);
  });
});
