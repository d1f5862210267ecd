/**
 * A compact multimap from 32-bit keys to entry numbers, for the LSH band and identity
 * indexes. No JS object per entry: an open-addressing table of (key, newest entry) slots and
 * one `next` link per entry, so a posting list is walked newest-first — which is the order
 * duplicate detection wants (recent petitions matter, old ones fall out of the window).
 *
 * Memory: 8 bytes per distinct key (at ≤ 70 % load) + 4 bytes per entry slot.
 */
export class ChainedMultimap {
  private slotKeys: Uint32Array;
  private slotHeads: Int32Array;
  private slotCount = 0;
  private next: Int32Array;

  constructor(initialKeys = 1 << 16, initialEntries = 1 << 16) {
    const capacity = 1 << Math.ceil(Math.log2(Math.max(16, initialKeys / 0.7)));
    this.slotKeys = new Uint32Array(capacity);
    this.slotHeads = new Int32Array(capacity).fill(-1);
    this.next = new Int32Array(initialEntries).fill(-1);
  }

  get distinctKeys(): number {
    return this.slotCount;
  }

  /** Bytes held by the typed arrays. */
  get byteLength(): number {
    return this.slotKeys.byteLength + this.slotHeads.byteLength + this.next.byteLength;
  }

  /** Adds entry number `entry` (≥ 0, caller-assigned, each used once) under `key`. */
  add(key: number, entry: number): void {
    if (entry >= this.next.length) this.growEntries(entry + 1);
    if ((this.slotCount + 1) / this.slotKeys.length > 0.7) this.rehash();
    const slot = this.findSlot(key >>> 0);
    if (this.slotHeads[slot] === -1) {
      this.slotKeys[slot] = key >>> 0;
      this.slotCount++;
    }
    this.next[entry] = this.slotHeads[slot];
    this.slotHeads[slot] = entry;
  }

  /** The newest entry under `key`, or −1. */
  head(key: number): number {
    const slot = this.findSlot(key >>> 0);
    return this.slotHeads[slot];
  }

  /** The entry added under the same key before `entry`, or −1. */
  nextOf(entry: number): number {
    return this.next[entry];
  }

  private findSlot(key: number): number {
    const mask = this.slotKeys.length - 1;
    // Keys are already well mixed hashes; linear probing keeps lookups in one cache line.
    let slot = key & mask;
    while (this.slotHeads[slot] !== -1 && this.slotKeys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private growEntries(minimum: number): void {
    const grown = new Int32Array(Math.max(minimum, Math.ceil(this.next.length * 1.5))).fill(-1);
    grown.set(this.next);
    this.next = grown;
  }

  private rehash(): void {
    const oldKeys = this.slotKeys;
    const oldHeads = this.slotHeads;
    this.slotKeys = new Uint32Array(oldKeys.length * 2);
    this.slotHeads = new Int32Array(oldKeys.length * 2).fill(-1);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === -1) continue;
      const slot = this.findSlot(oldKeys[i]);
      this.slotKeys[slot] = oldKeys[i];
      this.slotHeads[slot] = oldHeads[i];
    }
  }
}
