import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What a service depends on, each by name, and whether it is usable now: `true`, or a short reason it is not
 * (never a URL, SQL or customer data: the health endpoints are open to anyone who reaches the port).
 */
export type ReadinessCheck = () => Promise<Record<string, true | string>>;

/** Longest a readiness check may take; past it the service reports not ready rather than hang the probe. */
const CHECK_TIMEOUT_MS = 2_000;

export const HealthPath = { live: '/health/live', ready: '/health/ready' } as const;

/**
 * A service's health endpoints: `/health/live` answers 200 while the process serves HTTP at all;
 * `/health/ready` answers 200 when every check passes and 503 otherwise, or once the service is draining
 * (it stops taking new work before it stops).
 */
export class Health {
  private draining = false;

  constructor(private readonly check: ReadinessCheck = async () => ({})) {}

  /** From now on readiness is red: a load balancer sends no new work here while in-flight work finishes. */
  drain(): void {
    this.draining = true;
  }

  /** The readiness report: `ready` and each check's state. */
  async readiness(): Promise<{ ready: boolean; checks: Record<string, string> }> {
    if (this.draining) return { ready: false, checks: { service: 'shutting down' } };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Record<string, string>>((resolve) => {
      timer = setTimeout(
        () => resolve({ checks: `no answer within ${CHECK_TIMEOUT_MS} ms` }),
        CHECK_TIMEOUT_MS,
      );
    });
    try {
      const results = await Promise.race([this.check().catch(() => ({ checks: 'failed' })), timeout]);
      const checks = Object.fromEntries(
        Object.entries(results).map(([name, result]) => [name, result === true ? 'ok' : result]),
      );
      return { ready: Object.values(results).every((result) => result === true), checks };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Answers the request when it is for a health endpoint; false when it is not. */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (pathname === HealthPath.live) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"live"}');
      return true;
    }
    if (pathname !== HealthPath.ready) return false;
    void this.readiness().then(({ ready, checks }) => {
      res
        .writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify({ status: ready ? 'ready' : 'not ready', checks }));
    });
    req.resume();
    return true;
  }
}

/**
 * WebSocket close code a service sends its graphql-ws clients when it stops (RFC 6455 "Service Restart"):
 * graphql-ws clients treat it as retryable; ours resubscribe with the last cursor they received.
 */
export const ServiceRestartCloseCode = 1012;
