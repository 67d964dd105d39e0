import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap, Prng } from '../../../core/sim';
import { TimerLanes } from '../../../core/sim/timer-lanes';

describe('EventHeap', () => {
  it('pops in time order whatever the push order (property), growing as needed', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { maxLength: 3_000 }), (times) => {
        const heap = new EventHeap(2);
        times.forEach((t, i) => heap.push(t, i));
        const popped: number[] = [];
        while (heap.size > 0) {
          const t = heap.peekTime();
          const item = heap.pop();
          expect(times[item]).toBe(t);
          popped.push(t);
        }
        expect(popped).toEqual([...times].sort((a, b) => a - b));
        expect(heap.peekTime()).toBe(Number.POSITIVE_INFINITY);
      }),
    );
  });
});

describe('TimerLanes', () => {
  it('merges sorted lanes in time order and refuses a timer that would break its lane', () => {
    const lanes = new TimerLanes(3);
    expect(lanes.push(0, 10, 1, 1)).toBe(true);
    expect(lanes.push(0, 30, 2, 1)).toBe(true);
    expect(lanes.push(2, 20, 3, 1)).toBe(true);
    expect(lanes.push(0, 5, 4, 1)).toBe(false);
    const order: number[] = [];
    while (lanes.peekTime() !== Number.POSITIVE_INFINITY) {
      lanes.pop();
      order.push(lanes.contact);
    }
    expect(order).toEqual([1, 3, 2]);
    expect(lanes.peak).toBe(3);
  });

  it('keeps order across ring growth', () => {
    const lanes = new TimerLanes(1);
    for (let k = 0; k < 50; k++) lanes.push(0, k, k, 0);
    for (let k = 0; k < 30; k++) lanes.pop();
    for (let k = 50; k < 300; k++) lanes.push(0, k, k, 0);
    const rest: number[] = [];
    while (lanes.peekTime() !== Number.POSITIVE_INFINITY) {
      lanes.pop();
      rest.push(lanes.contact);
    }
    expect(rest).toEqual(Array.from({ length: 270 }, (_, k) => k + 30));
  });
});

describe('Prng', () => {
  it('repeats from a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((rng) => () => rng.nextUint32())(new Prng(seed)));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(2 ** 40)).not.toEqual(draw(0));
  });

  it('draws uniforms in [0, 1) with the right mean, and log-normals around their median', () => {
    const rng = new Prng(12345);
    let sum = 0;
    const n = 100_000;
    for (let k = 0; k < n; k++) {
      const u = rng.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    const delays = Array.from({ length: 20_001 }, () => rng.logNormal(30, 1)).sort((a, b) => a - b);
    expect(Math.abs((delays[10_000] as number) - 30)).toBeLessThan(1.5);
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);
  });
});
