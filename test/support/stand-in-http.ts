/** The HTTP plumbing of the Slack stand-in, and what it records: reading a request's body and arguments, answering JSON, waiting for a call. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** One Web API call the stand-in received. */
export interface ApiCall {
  method: string;
  /** Form fields, with JSON-valued fields (`blocks`, `view`…) parsed. */
  args: Record<string, unknown>;
  /** The bearer token or `token` field the call carried. */
  token: string | undefined;
  /** HTTP status the stand-in answered with (200, or the injected fault's). */
  status: number;
  /** Whether the call succeeded (`ok: true` with status 200). */
  ok: boolean;
  at: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export type Fault =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'http_error'; status: number }
  | { kind: 'slack_error'; error: string }
  | { kind: 'delay'; ms: number };

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) {
    const parsed: unknown = raw === '' ? {} : JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = value;
    if (/^[[{]/.test(value)) {
      try {
        args[key] = JSON.parse(value);
      } catch {
        // Not JSON after all; keep the string.
      }
    }
  }
  return args;
}

export function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until it returns a value, or fails after `timeoutMs` with `what` in the message. */
export async function waitUntil<T>(read: () => T | undefined, timeoutMs: number, what: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what()}`);
    await sleep(10);
  }
}
