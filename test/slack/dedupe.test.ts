import { describe, expect, it } from 'vitest';
import { EventDeduper } from '../../src/slack/dedupe.ts';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('EventDeduper', () => {
  it('accepts an event_id the first time', () => {
    expect(new EventDeduper().firstSighting('Ev1')).toBe(true);
  });

  it('refuses the same event_id a second time', () => {
    const deduper = new EventDeduper();
    deduper.firstSighting('Ev1');
    expect(deduper.firstSighting('Ev1')).toBe(false);
  });

  it('accepts a different event_id', () => {
    const deduper = new EventDeduper();
    deduper.firstSighting('Ev1');
    expect(deduper.firstSighting('Ev2')).toBe(true);
  });

  it('still refuses a retry ten minutes later', () => {
    const time = clock();
    const deduper = new EventDeduper({ now: time.now });
    deduper.firstSighting('Ev1');
    time.advance(10 * 60_000);
    expect(deduper.firstSighting('Ev1')).toBe(false);
  });

  it('forgets an event_id once its time to live has passed', () => {
    const time = clock();
    const deduper = new EventDeduper({ ttlMs: 1_000, now: time.now });
    deduper.firstSighting('Ev1');
    time.advance(1_001);
    expect(deduper.firstSighting('Ev1')).toBe(true);
  });

  it('evicts expired ids so memory stays bounded over time', () => {
    const time = clock();
    const deduper = new EventDeduper({ ttlMs: 1_000, now: time.now });
    for (let i = 0; i < 100; i += 1) deduper.firstSighting(`Ev${i}`);
    time.advance(2_000);
    deduper.firstSighting('EvLast');
    expect(deduper.size).toBe(1);
  });

  it('never holds more than maxEntries ids', () => {
    const deduper = new EventDeduper({ maxEntries: 10 });
    for (let i = 0; i < 50; i += 1) deduper.firstSighting(`Ev${i}`);
    expect(deduper.size).toBeLessThanOrEqual(10);
  });
});
