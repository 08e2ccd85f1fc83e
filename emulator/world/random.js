// A small seeded random source (mulberry32). The emulator must behave the same on every run with the same seed,
// so nothing in the world may call Math.random.

/**
 * @param {number} seed any number; the same seed gives the same sequence
 * @returns {{ next(): number, int(n: number): number, pick<T>(array: T[]): T, chance(p: number): boolean }}
 */
export function createRandom(seed) {
  let state = (Number(seed) || 0) >>> 0;

  function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  return {
    next,
    /** An integer in 0..n-1. */
    int: (n) => Math.floor(next() * n),
    /** One element of a non-empty array. */
    pick: (array) => array[Math.floor(next() * array.length)],
    /** True with probability p. */
    chance: (p) => next() < p,
  };
}
