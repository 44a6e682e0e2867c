import type { IncomingHttpHeaders } from 'node:http';
import { context, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

/**
 * Spans through the OpenTelemetry API only. Until a tracer provider is registered (startTracing), every span here
 * is a no-op that costs a few allocations, and no trace context is sent to subgraphs.
 */
const tracer = () => trace.getTracer('collexis');

const headerGetter = {
  keys: (carrier: IncomingHttpHeaders) => Object.keys(carrier),
  get: (carrier: IncomingHttpHeaders, key: string) => carrier[key],
};

/**
 * Runs the handling of an incoming HTTP request in a server span, a child of the caller's span when its
 * `traceparent` names one (W3C trace context): the gateway's subgraph fetch, for a subgraph.
 */
export function inServerSpan<T>(
  service: string,
  method: string,
  headers: IncomingHttpHeaders,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(context.active(), headers, headerGetter);
  return tracer().startActiveSpan(
    `${method} /graphql`,
    { kind: SpanKind.SERVER, attributes: { 'collexis.service': service, 'http.request.method': method } },
    parent,
    async (span) => {
      try {
        return await fn(span);
      } finally {
        span.end();
      }
    },
  );
}

/** Runs an outgoing call in a client span; `headers` gets the `traceparent` that makes the callee's spans its children. */
export async function inClientSpan<T>(
  name: string,
  attributes: Record<string, string>,
  headers: Record<string, string>,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    propagation.inject(context.active(), headers);
    try {
      return await fn(span);
    } finally {
      span.end();
    }
  });
}

/** Marks a span failed, with a message that carries no data (a code or a status). */
export function failSpan(span: Span, message: string): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message });
}

/** The trace id of the active span, when tracing is on and one is being recorded. */
export function activeTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return undefined;
  return span.spanContext().traceId;
}
