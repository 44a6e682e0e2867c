import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestOutcome } from './metrics';
import type { ServiceObservability } from './observability';
import { type RequestRecord, requestIdHeader, requestIdOf, runInRequest } from './request-scope';
import { activeTraceId, failSpan, inServerSpan } from './tracing';

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

function outcomeOf(record: RequestRecord, status: number): RequestOutcome {
  if (status >= 500) return 'error';
  if (!record.executed) return status < 400 && record.errorCount === 0 ? 'ok' : 'refused';
  return record.errorCount === 0 ? 'ok' : 'error';
}

async function serveMetrics(observability: ServiceObservability, res: ServerResponse): Promise<void> {
  try {
    const body = await observability.metrics.exposition();
    res.writeHead(200, { 'content-type': observability.metrics.contentType }).end(body);
  } catch (error) {
    observability.logger.error({ err: error }, 'metrics collection failed');
    res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics collection failed');
  }
}

/**
 * Wraps a service's HTTP handler: `/metrics` answers the Prometheus text (open like health: it holds no
 * customer data), and each request to /graphql gets a request id (the caller's `x-request-id` when sane),
 * echoed in the response, runs in a server span and a request record (request-scope.ts), and ends with one
 * access line and its count and duration in the metrics. The line holds ids, the operation's name, the
 * duration and the outcome; never variables, tokens or results.
 */
export function observeRequests(
  observability: ServiceObservability,
  handler: RequestHandler,
): RequestHandler {
  const { logger, metrics, service } = observability;
  return async (req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    if (path === '/metrics') return serveMetrics(observability, res);
    if (path !== '/graphql') return handler(req, res);
    const record: RequestRecord = {
      requestId: requestIdOf(req.headers[requestIdHeader]),
      executed: false,
      errorCount: 0,
    };
    res.setHeader(requestIdHeader, record.requestId);
    const started = performance.now();
    const method = req.method ?? 'GET';
    await inServerSpan(service, method, req.headers, async (span) => {
      await runInRequest(record, async () => handler(req, res));
      const seconds = (performance.now() - started) / 1000;
      const outcome = outcomeOf(record, res.statusCode);
      if (record.operationName) span.setAttribute('graphql.operation.name', record.operationName);
      if (outcome !== 'ok') failSpan(span, outcome);
      metrics.observeRequest(record.operationName, outcome, seconds);
      logger.info(
        {
          requestId: record.requestId,
          traceId: activeTraceId(),
          operation: record.operationName,
          outcome,
          status: res.statusCode,
          durationMs: Math.round(seconds * 10_000) / 10,
          callerId: record.callerId,
        },
        'request',
      );
    });
  };
}
