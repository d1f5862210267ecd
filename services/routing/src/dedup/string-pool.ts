/**
 * Append-only storage of many short strings (petition ids, case numbers) in one byte buffer:
 * about length + 4 bytes each instead of a JS string object per petition.
 */
export class StringPool {
  private bytes = new Uint8Array(1 << 16);
  private offsets = new Uint32Array(1 << 12);
  private used = 0;
  private count = 0;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  get size(): number {
    return this.count;
  }

  get byteLength(): number {
    return this.bytes.byteLength + this.offsets.byteLength;
  }

  /** Appends a string and returns its number (0, 1, 2 …). */
  push(value: string): number {
    const encoded = this.encoder.encode(value);
    if (this.used + encoded.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + encoded.length));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    if (this.count + 2 > this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.bytes.set(encoded, this.used);
    this.offsets[this.count] = this.used;
    this.used += encoded.length;
    this.count++;
    this.offsets[this.count] = this.used;
    return this.count - 1;
  }

  get(index: number): string {
    return this.decoder.decode(this.bytes.subarray(this.offsets[index], this.offsets[index + 1]));
  }
}
