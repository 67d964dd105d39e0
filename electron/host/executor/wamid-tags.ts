/**
 * Which message of a contact a wamid names, so a reply's `context.id` finds the message it
 * answers (a button tap). Meta's wamids are long strings, one per message sent: a map of them
 * would hold every send of the run. Instead each contact's message slot keeps a 32-bit hash of
 * its wamid, and a reply, whose sender is known, is matched against that contact's few slots
 * only: 4 bytes a message slot. A clash needs two of one contact's wamids (or a stranger
 * wamid) to share 32 bits, about one chance in a billion per reply.
 */
export class WamidTags {
  private readonly tags: Uint32Array;

  constructor(
    size: number,
    private readonly messages: number,
  ) {
    this.tags = new Uint32Array(size * messages);
  }

  /** Message slot `message` of contact `c` was sent as `wamid`. */
  set(c: number, message: number, wamid: string): void {
    if (message >= 0) this.tags[c * this.messages + message] = tagOf(wamid);
  }

  /** The message slot of contact `c` sent as `wamid`, or -1. */
  messageOf(c: number, wamid: string): number {
    const tag = tagOf(wamid);
    for (let m = 0; m < this.messages; m++) if (this.tags[c * this.messages + m] === tag) return m;
    return -1;
  }
}

/** FNV-1a over the UTF-16 units, never 0 (0 marks an empty slot). */
function tagOf(wamid: string): number {
  let h = 0x811c_9dc5;
  for (let i = 0; i < wamid.length; i++) h = Math.imul(h ^ wamid.charCodeAt(i), 0x0100_0193);
  return h >>> 0 || 1;
}
