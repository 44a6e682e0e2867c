import { describe, expect, it } from 'vitest';
import { tracingSettingsOf } from './tracing-env';

describe('tracingSettingsOf', () => {
  it('is off when no OTEL_* variable asks for traces', () => {
    expect(tracingSettingsOf({}, 'gateway')).toBeNull();
    expect(
      tracingSettingsOf(
        { OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' },
        'gateway',
      ),
    ).toBeNull();
    expect(
      tracingSettingsOf({ OTEL_SDK_DISABLED: 'true', OTEL_TRACES_EXPORTER: 'otlp' }, 'gateway'),
    ).toBeNull();
  });

  it('exports over OTLP when asked by name or by an endpoint, under OTEL_SERVICE_NAME when given', () => {
    expect(tracingSettingsOf({ OTEL_TRACES_EXPORTER: 'otlp' }, 'payment')).toEqual({
      serviceName: 'payment',
      exporter: 'otlp',
    });
    expect(
      tracingSettingsOf(
        { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces', OTEL_SERVICE_NAME: 'pay-1' },
        'payment',
      ),
    ).toEqual({ serviceName: 'pay-1', exporter: 'otlp' });
    expect(tracingSettingsOf({ OTEL_TRACES_EXPORTER: 'console' }, 'payment')?.exporter).toBe('console');
  });

  it('refuses an exporter it does not ship, naming the variable', () => {
    expect(() => tracingSettingsOf({ OTEL_TRACES_EXPORTER: 'zipkin' }, 'gateway')).toThrow(
      /OTEL_TRACES_EXPORTER/,
    );
  });
});
