import { describe, expect, it } from 'vitest';
import { blockRate, projectQualityRating, QUALITY_PERIOD_MS, QualityWindow } from '../../../core/whatsapp/quality';
import {
  COEXISTENCE_THROUGHPUT_MPS,
  DEFAULT_THROUGHPUT_MPS,
  defaultThroughputMps,
  pairRateNextAllowedAt,
  throughputSlotMs,
  UPGRADED_THROUGHPUT_MPS,
} from '../../../core/whatsapp/throughput';

describe('projectQualityRating', () => {
  it.each<[number, number, string]>([
    [1000, 0, 'GREEN'],
    [1000, 9, 'GREEN'],
    [1000, 10, 'YELLOW'],
    [1000, 29, 'YELLOW'],
    [1000, 30, 'RED'],
  ])('%s delivered, %s blocks: %s', (delivered, blocks, rating) => {
    expect(projectQualityRating({ delivered, blocks })).toBe(rating);
  });

  it('keeps the current rating when too few messages were delivered to judge', () => {
    expect(projectQualityRating({ delivered: 10, blocks: 5 }, 'YELLOW')).toBe('YELLOW');
    expect(blockRate(0, 0)).toBe(0);
  });

  it('forgets feedback older than 7 days', () => {
    const window = new QualityWindow();
    for (let i = 0; i < 100; i++) window.recordDelivered(i);
    for (let i = 0; i < 5; i++) window.recordBlock(i);
    expect(window.rating(100)).toBe('RED');
    expect(window.feedback(QUALITY_PERIOD_MS + 4)).toEqual({ delivered: 95, blocks: 0 });
    expect(window.rating(QUALITY_PERIOD_MS + 200, 'RED')).toBe('RED');
  });
});

describe('throughput and pair rate', () => {
  it.each<[number | null, 'GREEN' | 'YELLOW' | 'RED', boolean, number]>([
    [250, 'GREEN', false, DEFAULT_THROUGHPUT_MPS],
    [null, 'GREEN', false, UPGRADED_THROUGHPUT_MPS],
    [null, 'YELLOW', false, UPGRADED_THROUGHPUT_MPS],
    [null, 'RED', false, DEFAULT_THROUGHPUT_MPS],
    [null, 'GREEN', true, COEXISTENCE_THROUGHPUT_MPS],
  ])('limit %s, quality %s, coexistence %s: %s mps', (messagingLimit, quality, coexistence, mps) => {
    expect(defaultThroughputMps({ messagingLimit, quality, coexistence })).toBe(mps);
  });

  it('spaces messages to one user by 6 seconds', () => {
    expect(pairRateNextAllowedAt(null, 1000)).toBe(1000);
    expect(pairRateNextAllowedAt(1000, 3000)).toBe(7000);
    expect(pairRateNextAllowedAt(1000, 9000)).toBe(9000);
    expect(throughputSlotMs(80)).toBe(12.5);
  });
});
