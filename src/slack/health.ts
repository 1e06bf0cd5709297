import type { CustomRoute } from '@slack/bolt';

/** Whether the bot can answer: false until the knowledge is loaded. */
export interface Readiness {
  readonly ready: boolean;
  markReady(): void;
}

export function createReadiness(ready = false): Readiness {
  let state = ready;
  return {
    get ready() {
      return state;
    },
    markReady() {
      state = true;
    },
  };
}

/** `GET /healthz`: 200 once the knowledge is loaded, 503 before. */
export function healthRoute(readiness: Readiness): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      const status = readiness.ready ? 200 : 503;
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ status: readiness.ready ? 'ok' : 'loading' }));
    },
  };
}
