import { describe, expect, it } from 'vitest';
import { AdaptiveDelay } from './adaptive-delay';

describe('the delay before grading', () => {
  it('starts at the minimum and follows twice the last grading time', () => {
    const delay = new AdaptiveDelay(15, 150);
    expect(delay.ms).toBe(15);
    delay.record(20);
    expect(delay.ms).toBe(40);
    delay.record(12);
    expect(delay.ms).toBe(24);
  });

  it('is clamped at both ends', () => {
    const delay = new AdaptiveDelay(15, 150);
    delay.record(1);
    expect(delay.ms).toBe(15);
    delay.record(400);
    expect(delay.ms).toBe(150);
  });

  it('ignores times that are not durations', () => {
    const delay = new AdaptiveDelay(15, 150);
    delay.record(30);
    for (const bad of [Number.NaN, -5, Number.POSITIVE_INFINITY]) delay.record(bad);
    expect(delay.ms).toBe(60);
  });
});
