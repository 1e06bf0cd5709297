/**
 * A local stand-in for Slack, on 127.0.0.1 and a free port: the Web API methods the bot calls
 * (`auth.test`, `chat.postMessage`, `chat.postEphemeral`, `views.publish`, `views.update`,
 * `apps.connections.open`, `users.info`, `conversations.info`, `conversations.members`),
 * response URLs, and a Socket Mode WebSocket server. It records
 * every call, and can be told to fail the next calls of a method (429 with Retry-After, 5xx,
 * a Slack error, a delay). Reusable by the end-to-end tests and by the load test.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { bearer, parseArgs, readBody, sendJson, sleep, waitUntil, type ApiCall, type Fault, type ResponseUrlPost } from './stand-in-http.ts';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createStandInDirectory, type StandInUser } from './stand-in-directory.ts';

export type { StandInUser } from './stand-in-directory.ts';

export type { ApiCall, Fault, ResponseUrlPost } from './stand-in-http.ts';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface EnvelopeOptions {
  envelopeId?: string;
  retryAttempt?: number;
  retryReason?: string;
}

export interface StandInIdentity {
  botUserId: string;
  botId: string;
  teamId: string;
  appId: string;
}

export interface SlackStandIn {
  /** Base URL for `SLACK_API_URL` / `slackApiUrl`, ending with `/api/`. */
  readonly apiUrl: string;
  readonly identity: StandInIdentity;
  /** Every Web API call, failed attempts included, in arrival order. */
  readonly calls: readonly ApiCall[];
  readonly responses: readonly ResponseUrlPost[];
  /** Successful calls of one method. */
  delivered(method: string): ApiCall[];
  /** Every attempt at one method, failed ones included. */
  attempts(method: string): ApiCall[];
  /** Resolves once `count` successful calls of `method` were recorded. */
  waitForDelivered(method: string, count?: number, timeoutMs?: number): Promise<ApiCall[]>;
  /** Resolves with the first successful call that `match` accepts. */
  waitForCall(match: (call: ApiCall) => boolean, timeoutMs?: number): Promise<ApiCall>;
  waitForResponses(count?: number, timeoutMs?: number): Promise<ResponseUrlPost[]>;
  /** The next calls of `method` meet these faults, one each, in order. */
  failNext(method: string, ...faults: Fault[]): void;
  /** Who `conversations.members` says is in a channel. */
  setChannelMembers(channel: string, members: readonly string[]): void;
  /** What `users.info` says of a user. */
  setUser(user: string, info: StandInUser): void;
  /** Whether `conversations.info` says a channel is shared with another organisation (Slack Connect). */
  setChannelShared(channel: string, shared: boolean): void;
  /** Every call of `method` fails with this fault until `clearFaults()`. */
  failAlways(method: string, fault: Fault): void;
  clearFaults(): void;
  /** A response URL served by the stand-in; posts to it are recorded in `responses`. */
  responseUrl(id: string): string;
  /** Resolves once a Socket Mode client is connected and has been sent `hello`. */
  waitForSocket(timeoutMs?: number): Promise<void>;
  /** Sends a Socket Mode envelope and resolves with the client's acknowledgement. */
  sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: object, options?: EnvelopeOptions): Promise<SocketAck>;
  readonly socketAcks: readonly SocketAck[];
  /** Calls `listener` on every finished Web API call (for a load test's latencies); returns the unsubscribe. */
  onCall(listener: (call: ApiCall) => void): () => void;
  /** Forgets recorded calls, responses and acknowledgements (faults are kept). */
  reset(): void;
  close(): Promise<void>;
}

export const SOCKET_TICKET = 'stand-in-ticket-3f9a1c';

const DEFAULT_IDENTITY: StandInIdentity = { botUserId: 'UBOT', botId: 'BBOT', teamId: 'T0001', appId: 'A0001' };

export async function startSlackStandIn(identity: Partial<StandInIdentity> = {}): Promise<SlackStandIn> {
  const who = { ...DEFAULT_IDENTITY, ...identity };
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const socketAcks: SocketAck[] = [];
  const queuedFaults = new Map<string, Fault[]>();
  const standingFaults = new Map<string, Fault>();
  const sockets = new Set<WebSocket>();
  const listeners = new Set<(call: ApiCall) => void>();
  let helloed: WebSocket | undefined;
  let ts = 1_700_000_000;
  let envelopeCounter = 0;
  let baseUrl = '';
  const directory = createStandInDirectory(who.teamId);

  function nextFault(method: string): Fault | undefined {
    const queue = queuedFaults.get(method);
    if (queue && queue.length > 0) return queue.shift();
    return standingFaults.get(method);
  }

  function success(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://stand-in.slack.test/', team: 'Stand-in', user: 'bot', team_id: who.teamId, user_id: who.botUserId, bot_id: who.botId, app_id: who.appId };
      case 'chat.postMessage': {
        ts += 1;
        return { ok: true, channel: args.channel, ts: `${ts}.000100`, message: { text: args.text, ts: `${ts}.000100`, bot_id: who.botId } };
      }
      case 'chat.postEphemeral':
        ts += 1;
        return { ok: true, message_ts: `${ts}.000200` };
      case 'views.publish':
      case 'views.open':
      case 'views.update':
        return { ok: true, view: { id: 'V0001', ...(typeof args.view === 'object' ? args.view : {}) } };
      case 'apps.connections.open':
        // As Slack does: a one-time ticket in the URL, which the app must keep out of its logs.
        return { ok: true, url: `${baseUrl.replace(/^http/, 'ws')}/socket?ticket=${SOCKET_TICKET}&app_id=${who.appId}` };
      default:
        return directory.answer(method, args) ?? { ok: false, error: 'unknown_method' };
    }
  }

  async function handleApi(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const args = parseArgs(await readBody(req), req.headers['content-type']);
    const token = bearer(req) ?? (typeof args.token === 'string' ? args.token : undefined);
    const call: ApiCall = { method, args, token, status: 200, ok: false, at: Date.now() };
    calls.push(call);
    const fault = nextFault(method);
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if (fault?.kind === 'rate_limited') {
      call.status = 429;
      return sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'Retry-After': String(fault.retryAfterSeconds) });
    }
    if (fault?.kind === 'http_error') {
      call.status = fault.status;
      return sendJson(res, fault.status, { ok: false, error: 'internal_error' });
    }
    if (fault?.kind === 'slack_error') return sendJson(res, 200, { ok: false, error: fault.error });
    const expectedPrefix = method === 'apps.connections.open' ? 'xapp-' : 'xoxb-';
    if (!token?.startsWith(expectedPrefix)) return sendJson(res, 200, { ok: false, error: 'not_authed' });
    const body = success(method, args);
    call.ok = body.ok === true;
    sendJson(res, 200, body);
    for (const listener of listeners) listener(call);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    const response = /^\/respond\/([\w-]+)$/.exec(url.pathname);
    if (req.method === 'POST' && api?.[1]) {
      handleApi(api[1], req, res).catch((error: unknown) => sendJson(res, 500, { ok: false, error: String(error) }));
    } else if (req.method === 'POST' && response?.[1]) {
      const id = response[1];
      readBody(req)
        .then((raw) => {
          responses.push({ id, body: parseArgs(raw, req.headers['content-type'] ?? 'application/json'), at: Date.now() });
          sendJson(res, 200, { ok: true });
        })
        .catch((error: unknown) => sendJson(res, 500, { ok: false, error: String(error) }));
    } else {
      sendJson(res, 404, { ok: false, error: 'not_found' });
    }
  });

  const wss = new WebSocketServer({ server, path: '/socket' });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      if (helloed === socket) helloed = undefined;
    });
    socket.on('message', (data) => {
      try {
        const ack = JSON.parse(String(data)) as SocketAck;
        if (typeof ack.envelope_id === 'string') socketAcks.push(ack);
      } catch {
        // The client only sends acknowledgements; anything else is ignored, as Slack would.
      }
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: sockets.size, connection_info: { app_id: who.appId } }));
    helloed = socket;
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${baseUrl}/api/`,
    identity: who,
    calls,
    responses,
    socketAcks,
    delivered: (method) => calls.filter((c) => c.method === method && c.ok),
    attempts: (method) => calls.filter((c) => c.method === method),
    waitForDelivered(method, count = 1, timeoutMs = 10_000) {
      return waitUntil(
        () => {
          const done = calls.filter((c) => c.method === method && c.ok);
          return done.length >= count ? done : undefined;
        },
        timeoutMs,
        () => `${count} successful ${method} call(s); saw ${calls.map((c) => `${c.method}:${c.status}`).join(', ') || 'none'}`,
      );
    },
    waitForCall(match, timeoutMs = 10_000) {
      return waitUntil(
        () => calls.find((c) => c.ok && match(c)),
        timeoutMs,
        () => `a matching call; saw ${calls.map((c) => `${c.method}:${c.status}`).join(', ') || 'none'}`,
      );
    },
    waitForResponses(count = 1, timeoutMs = 10_000) {
      return waitUntil(
        () => (responses.length >= count ? [...responses] : undefined),
        timeoutMs,
        () => `${count} response URL post(s); saw ${responses.length}`,
      );
    },
    setChannelMembers: directory.setChannelMembers,
    setUser: directory.setUser,
    setChannelShared: directory.setChannelShared,
    failNext(method, ...faults) {
      queuedFaults.set(method, [...(queuedFaults.get(method) ?? []), ...faults]);
    },
    failAlways(method, fault) {
      standingFaults.set(method, fault);
    },
    clearFaults() {
      queuedFaults.clear();
      standingFaults.clear();
    },
    responseUrl: (id) => `${baseUrl}/respond/${id}`,
    async waitForSocket(timeoutMs = 10_000) {
      await waitUntil(() => (helloed?.readyState === 1 ? true : undefined), timeoutMs, () => 'a Socket Mode connection');
    },
    async sendEnvelope(type, payload, options = {}) {
      const socket = helloed;
      if (!socket) throw new Error('No Socket Mode client is connected to the stand-in');
      envelopeCounter += 1;
      const envelopeId = options.envelopeId ?? `env-${envelopeCounter}`;
      const seen = socketAcks.length;
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: options.retryAttempt ?? 0,
          retry_reason: options.retryReason ?? '',
          payload,
        }),
      );
      return waitUntil(
        () => socketAcks.slice(seen).find((ack) => ack.envelope_id === envelopeId),
        10_000,
        () => `the acknowledgement of envelope ${envelopeId}`,
      );
    },
    onCall(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      calls.length = 0;
      responses.length = 0;
      socketAcks.length = 0;
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
