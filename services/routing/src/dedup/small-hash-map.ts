/**
 * A tiny open-addressing map from 32-bit hashes (never 0) to weights, for the query's terms and
 * name bigrams: one probe per stored value instead of a scan of the query's list.
 */
export class SmallHashMap {
  private readonly keys = new Uint32Array(64);
  private readonly values = new Float64Array(64);
  size = 0;

  clear(): void {
    this.keys.fill(0);
    this.size = 0;
  }

  set(key: number, value: number): void {
    let slot = Math.imul(key, 0x9e3779b1) >>> 26;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & 63;
    if (this.keys[slot] === 0) this.size++;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  /** The weight of `key`, or −1 when absent. */
  get(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> 26;
    for (;;) {
      const k = this.keys[slot];
      if (k === key) return this.values[slot];
      if (k === 0) return -1;
      slot = (slot + 1) & 63;
    }
  }
}
