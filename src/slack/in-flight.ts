/** Counts the events being handled, so a shutdown can let their replies go out. */
export class InFlight {
  #count = 0;
  #idle: (() => void)[] = [];

  async track(work: Promise<void>): Promise<void> {
    this.#count += 1;
    try {
      await work;
    } finally {
      this.#count -= 1;
      if (this.#count === 0) for (const resolve of this.#idle.splice(0)) resolve();
    }
  }

  drain(timeoutMs: number): Promise<void> {
    if (this.#count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.#idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
