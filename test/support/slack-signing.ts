/**
 * Signs requests exactly as Slack does, and posts them to a Bolt HTTP receiver:
 * `X-Slack-Signature: v0=` + hex HMAC-SHA256(secret, `v0:${timestamp}:${rawBody}`).
 */
import { createHmac } from 'node:crypto';

export function slackSignature(signingSecret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SignedPostOptions {
  signingSecret: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Replaces the computed signature (to test refusals). */
  signature?: string;
  retryNum?: number;
  retryReason?: string;
}

export type SlackBody =
  /** Events API callbacks and url_verification: JSON. */
  | { json: object }
  /** Slash commands: form fields. */
  | { form: Record<string, string> }
  /** Interactivity: a form with one `payload` field holding JSON. */
  | { interactive: object };

export function encodeBody(body: SlackBody): { raw: string; contentType: string } {
  if ('json' in body) return { raw: JSON.stringify(body.json), contentType: 'application/json' };
  const form = 'form' in body ? body.form : { payload: JSON.stringify(body.interactive) };
  return { raw: new URLSearchParams(form).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export function signedHeaders(raw: string, contentType: string, options: SignedPostOptions): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    'Content-Type': contentType,
    'X-Slack-Request-Timestamp': String(timestamp),
    'X-Slack-Signature': options.signature ?? slackSignature(options.signingSecret, timestamp, raw),
    ...(options.retryNum !== undefined ? { 'X-Slack-Retry-Num': String(options.retryNum) } : {}),
    ...(options.retryReason !== undefined ? { 'X-Slack-Retry-Reason': options.retryReason } : {}),
  };
}

/** POSTs a body to `url` signed like Slack; resolves with the receiver's response. */
export function postSigned(url: string, body: SlackBody, options: SignedPostOptions): Promise<Response> {
  const { raw, contentType } = encodeBody(body);
  return fetch(url, { method: 'POST', headers: signedHeaders(raw, contentType, options), body: raw });
}
