import type { RecordedSpans, Tracing } from './tracing-sdk';

export type SpanExporterName = 'otlp' | 'console';

export interface TracingSettings {
  serviceName: string;
  exporter: SpanExporterName;
}

/**
 * Whether and how to trace, from the standard OpenTelemetry variables. Off unless asked for: OTEL_TRACES_EXPORTER
 * `otlp` or `console`, or an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT or ..._TRACES_ENDPOINT) with no exporter
 * named. OTEL_TRACES_EXPORTER=none and OTEL_SDK_DISABLED=true keep it off; OTEL_SERVICE_NAME renames the service.
 */
export function tracingSettingsOf(env: NodeJS.ProcessEnv, serviceName: string): TracingSettings | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  const named = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const exporter = named || (endpoint ? 'otlp' : 'none');
  if (exporter === 'none') return null;
  if (exporter !== 'otlp' && exporter !== 'console') {
    throw new Error(
      `Invalid environment:\n  OTEL_TRACES_EXPORTER: must be otlp, console or none, not ${exporter}`,
    );
  }
  return { serviceName: env.OTEL_SERVICE_NAME?.trim() || serviceName, exporter };
}

/**
 * Starts tracing when the environment asks for it (tracingSettingsOf), else does nothing and loads nothing.
 * main.ts awaits it before importing its server, so that `pg` loads instrumented.
 */
export async function startTracingFromEnv(
  env: NodeJS.ProcessEnv,
  serviceName: string,
): Promise<Tracing | null> {
  const settings = tracingSettingsOf(env, serviceName);
  if (!settings) return null;
  const sdk = await import('./tracing-sdk');
  return sdk.startSdkTracing({
    serviceName: settings.serviceName,
    exporter: sdk.exporterNamed(settings.exporter),
  });
}

/** The server, whose `stop` then also exports the spans still pending and stops tracing. */
export function stoppingTracing<T extends { stop(): Promise<void> }>(server: T, tracing: Tracing | null): T {
  if (!tracing) return server;
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await tracing.shutdown();
    },
  };
}

/**
 * Records every span of this process in memory (tests). Call it before the code under test imports `pg`:
 * import the stack dynamically after it.
 */
export async function recordSpans(serviceName = 'collexis-test'): Promise<RecordedSpans> {
  return (await import('./tracing-sdk')).recordSpansInMemory(serviceName);
}
