import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/slack/rate-limit.ts';

function limiter(limit: number) {
  let now = 0;
  const rl = new RateLimiter({ limit, windowMs: 60_000, now: () => now });
  return { rl, advance: (ms: number) => (now += ms) };
}

/** A limiter of one question a minute that U1 has just gone past (warned). */
function pastTheLimit() {
  const limited = limiter(1);
  limited.rl.take('U1');
  limited.rl.take('U1');
  return limited;
}

describe('RateLimiter', () => {
  it('allows questions up to the limit', () => {
    const { rl } = limiter(3);
    expect([rl.take('U1'), rl.take('U1'), rl.take('U1')]).toEqual(['allow', 'allow', 'allow']);
  });

  it('warns once past the limit, then stays silent', () => {
    const { rl } = limiter(1);
    rl.take('U1');
    expect([rl.take('U1'), rl.take('U1'), rl.take('U1')]).toEqual(['warn', 'silent', 'silent']);
  });

  it('does not count one user’s questions against another', () => {
    const { rl } = pastTheLimit();
    expect(rl.take('U2')).toBe('allow');
  });

  it('allows again once the window has passed', () => {
    const { rl, advance } = pastTheLimit();
    advance(60_000);
    expect(rl.take('U1')).toBe('allow');
  });

  it('warns again after a new window fills up', () => {
    const { rl, advance } = pastTheLimit();
    advance(60_000);
    rl.take('U1');
    expect(rl.take('U1')).toBe('warn');
  });

  it('keeps counting within a rolling window, not a fixed minute', () => {
    const { rl, advance } = limiter(2);
    rl.take('U1');
    advance(40_000);
    rl.take('U1');
    advance(30_000);
    // The first question left the window 10 s ago; the second is still in it.
    expect([rl.take('U1'), rl.take('U1')]).toEqual(['allow', 'warn']);
  });

  it('forgets a user as soon as their last question has left the window', () => {
    const { rl, advance } = limiter(2);
    rl.take('U1');
    rl.take('U2');
    advance(60_000);
    rl.take('U3');
    expect(rl.size).toBe(1);
  });

  it('refuses a limit below one question', () => {
    expect(() => new RateLimiter({ limit: 0 })).toThrow(RangeError);
  });
});
