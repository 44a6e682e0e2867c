import { type Logger, silentLogger } from './logger';
import { ServiceMetrics } from './metrics';

/** A service's logger and metrics, made once per started server and handed to what reports. */
export interface ServiceObservability {
  /** The service's name, as its access lines and spans give it. */
  service: string;
  logger: Logger;
  metrics: ServiceMetrics;
}

export interface ObservabilityOptions {
  /** Where the service logs (main.ts makes one from LOG_LEVEL). @default a logger that writes nothing */
  logger?: Logger;
  /** Distinct operation names a metric is labelled with before the rest count as 'other'. @default 200 */
  maxOperationLabels?: number;
}

export function createServiceObservability(
  service: string,
  options: ObservabilityOptions = {},
): ServiceObservability {
  return {
    service,
    logger: options.logger ?? silentLogger(),
    metrics: new ServiceMetrics({ maxOperationLabels: options.maxOperationLabels }),
  };
}
