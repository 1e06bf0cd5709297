import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/slack/in-flight.ts';

describe('InFlight', () => {
  it('drains at once when nothing is in flight', async () => {
    await expect(new InFlight().drain(60_000)).resolves.toBeUndefined();
  });

  it('drains when the last piece of work finishes', async () => {
    const inFlight = new InFlight();
    let finish!: () => void;
    const work = inFlight.track(new Promise<void>((resolve) => (finish = resolve)));
    let drained = false;
    const drain = inFlight.drain(60_000).then(() => (drained = true));
    await Promise.resolve();
    expect(drained).toBe(false);
    finish();
    await work;
    await drain;
    expect(drained).toBe(true);
  });

  it('stops waiting after the grace period', async () => {
    const inFlight = new InFlight();
    void inFlight.track(new Promise<void>(() => undefined));
    await expect(inFlight.drain(10)).resolves.toBeUndefined();
  });

  it('passes a failure of the work on to its caller', async () => {
    await expect(new InFlight().track(Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
