import { describe, expect, it } from 'vitest';
import { killAndResume } from '../../soak/kill-resume';
import { useTempDirs } from '../temp-dir';

const tempDir = useTempDirs();

describe('kill and resume', () => {
  it('SIGKILLed five times at seeded points, the run ends with every contact sent exactly once', async () => {
    const figures = await killAndResume({ dir: await tempDir(), contacts: 2_000, kills: 5, seed: 11 });
    expect(figures.died).toBe(5);
    expect(figures.duplicates).toBe(0);
    expect(figures.lost).toBe(0);
    expect(figures.uncertainOverInFlight).toBe(0);
  }, 120_000);
});
