import { describe, expect, it } from 'vitest';
import { apiTime, humanDuration } from './clock';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration, as docker/go-units says it', () => {
  it.each([
    [0, 'Less than a second'], [999, 'Less than a second'], [S, '1 second'], [5 * S, '5 seconds'], [59 * S, '59 seconds'],
    [60 * S, 'About a minute'], [119 * S, 'About a minute'], [2 * M, '2 minutes'], [59 * M, '59 minutes'],
    [60 * M, 'About an hour'], [89 * M, 'About an hour'], [90 * M, '2 hours'], [47 * H, '47 hours'], [48 * H, '2 days'],
    [13 * D, '13 days'], [14 * D, '2 weeks'], [59 * D, '8 weeks'], [60 * D, '2 months'], [729 * D, '24 months'], [730 * D, '2 years'],
  ])('%d ms is "%s"', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('writes API times with nanoseconds', () => {
    expect(apiTime(Date.UTC(2026, 5, 20, 12, 0, 0, 250))).toBe('2026-06-20T12:00:00.250000000Z');
  });
});
