/** The load test's table, one column per bot, and its targets against bare Bolt. */
import type { RetryRun, Run } from './fire.ts';

export interface Measured {
  label: string;
  run: Run;
  retries: RetryRun | undefined;
  startMb: number;
  beforeMb: number;
  afterMb: number;
  errorLines: number;
  warnLines: number;
  rateLimited: number;
}

/** Throughput of each store bot against bare Bolt's, at least (issue 11). */
export const TARGETS: Record<string, number> = { embedded: 0.8, Postgres: 0.7 };
const HEAP_GROWTH = 0.2;

export const throughput = (run: Run): number => run.latencies.length / run.seconds;

function percentiles(latencies: readonly number[]): number[] {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
  return [at(50), at(95), at(99), sorted[sorted.length - 1] ?? Number.NaN];
}

/** Prints the table and the targets; true when every target is met. */
export function report(results: Measured[], settleSeconds: number, events: number): boolean {
  const rows = [
    ['', ...results.map((r) => r.label)],
    ['events sent', ...results.map((r) => String(r.run.sent))],
    ['replies (events answered)', ...results.map((r) => String(r.run.replied))],
    ['lost (no reply)', ...results.map((r) => String(r.run.lost))],
    ['duplicated (extra replies)', ...results.map((r) => String(r.run.duplicated))],
    ['retries sent after the original / answered again', ...results.map((r) => (r.retries ? `${r.retries.sent} / ${r.retries.replies}` : 'not sent'))],
    ['HTTP errors (non-200, network)', ...results.map((r) => String(r.run.httpErrors + (r.retries?.httpErrors ?? 0)))],
    ['replies to unknown events', ...results.map((r) => String(r.run.unknownReplies))],
    ['error / warn log lines', ...results.map((r) => `${r.errorLines} / ${r.warnLines}`)],
    ['rate-limited questions', ...results.map((r) => String(r.rateLimited))],
    ['duration s (first send → last reply)', ...results.map((r) => r.run.seconds.toFixed(2))],
    ['CPU ms per event: bot / driver+stand-in', ...results.map((r) => `${(r.run.botCpuMs / r.run.sent).toFixed(2)} / ${(r.run.driverCpuMs / r.run.sent).toFixed(2)}`)],
    ['throughput replies/s', ...results.map((r) => throughput(r.run).toFixed(0))],
    ['latency p50 / p95 / p99 / max ms', ...results.map((r) => percentiles(r.run.latencies).join(' / '))],
    ['heap MB at start (after GC)', ...results.map((r) => r.startMb.toFixed(1))],
    [`heap MB before run (after warm-up, ${settleSeconds} s idle, GC)`, ...results.map((r) => r.beforeMb.toFixed(1))],
    [`heap MB after run (${settleSeconds} s idle, GC)`, ...results.map((r) => r.afterMb.toFixed(1))],
    ['heap growth', ...results.map((r) => `${(100 * (r.afterMb / r.beforeMb - 1)).toFixed(1)} %`)],
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  console.log(rows.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('   ')).join('\n'));

  const bare = results.find((r) => r.label === 'bare Bolt');
  const checks: [string, boolean][] = [];
  for (const [label, target] of Object.entries(TARGETS)) {
    const ours = results.find((r) => r.label === label);
    if (!ours || !bare) {
      checks.push([`${label}: measured`, false]);
      continue;
    }
    const ratio = throughput(ours.run) / throughput(bare.run);
    const growth = ours.afterMb / ours.beforeMb - 1;
    const retryReplies = ours.retries?.replies ?? Number.NaN;
    checks.push(
      [`${label}: zero lost replies over ${events} events (${ours.run.lost})`, ours.run.lost === 0 && ours.run.sent === events],
      [`${label}: zero duplicated replies, retries included (${ours.run.duplicated} + ${retryReplies})`, ours.run.duplicated === 0 && retryReplies === 0],
      [`${label}: throughput ≥ ${target * 100} % of bare Bolt's (${(100 * ratio).toFixed(1)} %)`, ratio >= target],
      [`${label}: heap after within ${HEAP_GROWTH * 100} % of before (${(100 * growth).toFixed(1)} %)`, Math.abs(growth) <= HEAP_GROWTH],
      [`${label}: no question rate-limited (${ours.rateLimited})`, ours.rateLimited === 0],
    );
  }
  console.log('\nTargets (issue 11)');
  for (const [what, ok] of checks) console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  return checks.every(([, ok]) => ok);
}
