export { requestRecordPlugin } from './apollo-plugin';
export { observePool } from './database';
export { observeRequests } from './http';
export {
  createLogger,
  type Logger,
  type LoggerOptions,
  type LogLevel,
  logLevels,
  silentLogger,
} from './logger';
export { latencyBuckets, type RequestOutcome, ServiceMetrics } from './metrics';
export {
  createServiceObservability,
  type ObservabilityOptions,
  type ServiceObservability,
} from './observability';
export { OperationLabels } from './operation-labels';
export {
  currentRequest,
  type RequestRecord,
  requestIdHeader,
  requestIdOf,
  runInRequest,
} from './request-scope';
export { maskValues, type SafeError, safeError } from './safe-error';
export { activeTraceId, failSpan, inClientSpan, inServerSpan } from './tracing';
export {
  recordSpans,
  type SpanExporterName,
  startTracingFromEnv,
  stoppingTracing,
  type TracingSettings,
  tracingSettingsOf,
} from './tracing-env';
export type { ReadableSpan, RecordedSpans, Tracing } from './tracing-sdk';
