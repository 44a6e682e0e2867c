import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { SpanExporterName } from './tracing-env';

/** Loaded only when tracing is turned on: the SDK costs a second and megabytes to load. */

export interface SdkTracingOptions {
  /** The `service.name` of every span this process records. */
  serviceName: string;
  exporter: SpanExporter;
  /** Export each span as it ends (tests) instead of in batches. @default false */
  immediate?: boolean;
}

export interface Tracing {
  /** Exports what is pending, then stops recording. */
  shutdown(): Promise<void>;
}

/**
 * Registers a tracer provider, the W3C trace-context propagator and the `pg` instrumentation (a span per
 * statement, only inside a request's trace). The instrumentation patches `pg` as it loads: call this before
 * anything imports it (main.ts imports its server after; a test imports the stack after).
 */
export function startSdkTracing(options: SdkTracingOptions): Tracing {
  const processor = options.immediate
    ? new SimpleSpanProcessor(options.exporter)
    : new BatchSpanProcessor(options.exporter);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [processor],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [new PgInstrumentation({ requireParentSpan: true })],
  });
  return {
    shutdown: async () => {
      unregister();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** The exporter OTEL_TRACES_EXPORTER names; the OTLP one reads its endpoint and headers from OTEL_EXPORTER_OTLP_*. */
export function exporterNamed(name: SpanExporterName): SpanExporter {
  return name === 'console' ? new ConsoleSpanExporter() : new OTLPTraceExporter();
}

/** Spans recorded in memory, for tests. */
export interface RecordedSpans extends Tracing {
  spans(): ReadableSpan[];
}

export function recordSpansInMemory(serviceName: string): RecordedSpans {
  const exporter = new InMemorySpanExporter();
  const tracing = startSdkTracing({ serviceName, exporter, immediate: true });
  return { spans: () => exporter.getFinishedSpans(), shutdown: tracing.shutdown };
}

export type { ReadableSpan };
