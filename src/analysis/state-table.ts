/**
 * The memo of the exhaustive analysis: the key slots of packed states (their first `keyWidth`
 * slots, all a state's future depends on) stored back to back in one Float64Array, found again
 * through an open-addressing hash table of state ids. Nothing is allocated per state; a key is
 * never turned into a string.
 */
export interface StateTable {
  readonly count: number;
  /** The stored keys, `keyWidth` slots each, then unused room (the array is replaced as it grows). */
  data(): Float64Array;
  /** The id of the state in `s` (its key slots), storing them when new; -1 once `max` states are stored. */
  intern(s: Float64Array): number;
}

/**
 * FNV-1a over each slot's integer part and its fraction, so equal keys hash equally (0 and -0
 * included) while the usual small whole numbers stay cheap.
 */
function hashKey(s: ArrayLike<number>, base: number, keyWidth: number): number {
  let hash = 0x811c9dc5;
  for (let slot = 0; slot < keyWidth; slot++) {
    const value = s[base + slot]!;
    const whole = value | 0;
    hash = Math.imul(hash ^ whole, 0x01000193);
    if (value !== whole) hash = Math.imul(hash ^ (((value - whole) * 0x40000000) | 0), 0x01000193);
  }
  return hash ^ (hash >>> 15);
}

export function createStateTable(keyWidth: number, max: number): StateTable {
  const width = keyWidth;
  let data = new Float64Array(width * 4096);
  let hashes = new Int32Array(4096);
  let ids = new Int32Array(8192);
  let mask = ids.length - 1;
  let count = 0;

  // Four times larger at each growth, so a large exploration copies its states about a third as
  // many times over as it stores them.
  const grow = (): void => {
    const more = new Float64Array(data.length * 4);
    more.set(data);
    data = more;
    const moreHashes = new Int32Array(hashes.length * 4);
    moreHashes.set(hashes);
    hashes = moreHashes;
  };
  const rehash = (): void => {
    ids = new Int32Array(ids.length * 2);
    mask = ids.length - 1;
    for (let id = 0; id < count; id++) {
      let at = hashes[id]! & mask;
      while (ids[at] !== 0) at = (at + 1) & mask;
      ids[at] = id + 1;
    }
  };

  return {
    get count() {
      return count;
    },
    data: () => data,
    intern(s) {
      const hash = hashKey(s, 0, keyWidth);
      let at = hash & mask;
      for (;;) {
        const entry = ids[at]!;
        if (entry === 0) break;
        const id = entry - 1;
        if (hashes[id] === hash) {
          const base = id * width;
          let same = true;
          for (let slot = 0; slot < keyWidth; slot++) {
            if (data[base + slot] !== s[slot]) {
              same = false;
              break;
            }
          }
          if (same) return id;
        }
        at = (at + 1) & mask;
      }
      if (count >= max) return -1;
      if ((count + 1) * width > data.length) grow();
      // A plain loop: for a few dozen slots it beats TypedArray#set's call overhead.
      const base = count * width;
      for (let slot = 0; slot < width; slot++) data[base + slot] = s[slot]!;
      hashes[count] = hash;
      ids[at] = count + 1;
      count++;
      if (count * 2 > ids.length) rehash();
      return count - 1;
    },
  };
}
