/**
 * The row of each contact by its WhatsApp id (the E.164 number's digits), so an inbound
 * message finds its contact. A wa_id has at most 15 digits, which a double holds exactly, so
 * the index is two typed arrays (an open-addressing table of rows and each row's number): 16
 * bytes a contact instead of a string key and a Map entry. A number met twice in the
 * audience maps to its last row, as a Map's set would.
 */
export class PhoneIndex {
  private readonly numbers: Float64Array;
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(size: number) {
    this.numbers = new Float64Array(size).fill(Number.NaN);
    let capacity = 16;
    while (capacity < size * 2) capacity *= 2;
    this.table = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** The number of a wa_id, or NaN when it cannot be one. */
  static numberOf(waId: string): number {
    return /^[1-9]\d{0,14}$/.test(waId) ? Number(waId) : Number.NaN;
  }

  set(waId: string, row: number): void {
    const number = PhoneIndex.numberOf(waId);
    if (Number.isNaN(number)) return;
    this.numbers[row] = number;
    for (let slot = this.slotOf(number); ; slot = (slot + 1) & this.mask) {
      const at = this.table[slot] as number;
      if (at < 0 || this.numbers[at] === number) {
        this.table[slot] = row;
        return;
      }
    }
  }

  /** The row of `waId`, or undefined. */
  get(waId: string): number | undefined {
    const number = PhoneIndex.numberOf(waId);
    if (Number.isNaN(number)) return undefined;
    for (let slot = this.slotOf(number); ; slot = (slot + 1) & this.mask) {
      const at = this.table[slot] as number;
      if (at < 0) return undefined;
      if (this.numbers[at] === number) return at;
    }
  }

  /** The number's low and high 32 bits, mixed (murmur3's finaliser) so close numbers spread. */
  private slotOf(number: number): number {
    let h = Math.imul(number % 4_294_967_296 | 0, 0x9e37_79b1) ^ (Math.floor(number / 4_294_967_296) | 0);
    h = Math.imul(h ^ (h >>> 16), 0x85eb_ca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2_ae35);
    return (h ^ (h >>> 16)) & this.mask;
  }
}
