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
  // The hash table: pairs of (state id + 1, the state's hash), so a probe reads the hash it
  // compares from the same cache line as the id, and touches the state only when they match.
  let table = new Int32Array(2 * 8192);
  let mask = 8192 - 1;
  let count = 0;

  // Both grow four times larger at a time: a large exploration copies its states about a third as
  // many times over as it stores them, and rehashes half as often as when doubling (the table
  // stays between an eighth and half full).
  const grow = (): void => {
    const more = new Float64Array(data.length * 4);
    more.set(data);
    data = more;
  };
  const rehash = (): void => {
    const old = table;
    table = new Int32Array(old.length * 4);
    mask = table.length / 2 - 1;
    for (let pair = 0; pair < old.length; pair += 2) {
      if (old[pair] === 0) continue;
      let at = old[pair + 1]! & mask;
      while (table[2 * at] !== 0) at = (at + 1) & mask;
      table[2 * at] = old[pair]!;
      table[2 * at + 1] = old[pair + 1]!;
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
        const entry = table[2 * at]!;
        if (entry === 0) break;
        if (table[2 * at + 1] === hash) {
          const base = (entry - 1) * width;
          let same = true;
          for (let slot = 0; slot < keyWidth; slot++) {
            if (data[base + slot] !== s[slot]) {
              same = false;
              break;
            }
          }
          if (same) return entry - 1;
        }
        at = (at + 1) & mask;
      }
      if (count >= max) return -1;
      if ((count + 1) * width > data.length) grow();
      // A plain loop: for a few dozen slots it beats TypedArray#set's call overhead.
      const base = count * width;
      for (let slot = 0; slot < width; slot++) data[base + slot] = s[slot]!;
      table[2 * at] = count + 1;
      table[2 * at + 1] = hash;
      count++;
      if (count * 2 > mask + 1) rehash();
      return count - 1;
    },
  };
}
