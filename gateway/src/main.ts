import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadSigningKey, parseKeySource } from '@collexis/identity';
import { runService } from '@collexis/platform/http';
import { createLogger, startTracingFromEnv, stoppingTracing } from '@collexis/platform/observability';
import { readGatewayEnv, requestLimitsFromEnv, subgraphUrlOverrides, subscriptionLimitsFromEnv } from './env';

// Off (and nothing loaded) unless OTEL_* asks; before the server loads what tracing instruments.
const tracing = await startTracingFromEnv(process.env, 'gateway');
const { startGateway } = await import('./server');

await runService('gateway', async () => {
  const env = readGatewayEnv();
  const supergraphSdl =
    env.SUPERGRAPH === 'introspect'
      ? undefined
      : await readFile(resolve(import.meta.dirname, '../..', env.SUPERGRAPH), 'utf8');
  const gateway = await startGateway({
    port: env.PORT,
    logger: createLogger({ service: 'gateway', level: env.LOG_LEVEL }),
    executor: env.GATEWAY_EXECUTOR,
    shareInflightFetches: env.GATEWAY_SHARE_INFLIGHT,
    host: env.HOST,
    limits: requestLimitsFromEnv(env),
    subscriptionLimits: subscriptionLimitsFromEnv(env),
    supergraphSdl,
    subgraphs: subgraphUrlOverrides(env.subgraphUrls, supergraphSdl),
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    buildWebPagesAtStart: true,
    auth: {
      tokens: { keys: parseKeySource(env.AUTH_JWKS), issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE },
      credentialKey: await loadSigningKey(env.GATEWAY_SIGNING_KEY),
    },
  });
  return stoppingTracing(gateway, tracing);
});
