import type { GatewayAuth } from '@collexis/gateway';
import { type DevKeys, devAccessToken, loadSigningKey, parseKeySource } from '@collexis/identity';
import type { SubgraphIdentityOptions } from '@collexis/platform/subgraph';

/** What each part of a stack is given to know its callers, from one folder of dev keys (ensureDevKeys). */
export interface StackIdentity {
  /** Every subgraph trusts the gateway's and the services' keys; consumers sign with the services' key. */
  subgraphs: SubgraphIdentityOptions;
  gateway: GatewayAuth;
}

export async function stackIdentity(keys: DevKeys): Promise<StackIdentity> {
  return {
    subgraphs: {
      trustedKeys: parseKeySource(`file:${keys.credentialsJwks}`),
      serviceKey: await loadSigningKey(keys.services.privateKey),
    },
    gateway: {
      tokens: {
        keys: parseKeySource(`file:${keys.userTokens.jwks}`),
        issuer: devAccessToken.issuer,
        audience: devAccessToken.audience,
      },
      credentialKey: await loadSigningKey(keys.gateway.privateKey),
    },
  };
}

/**
 * The environment of each service process started from a folder of dev keys, as `pnpm start` runs them: the
 * variables decision 0019 names.
 */
export function identityEnv(keys: DevKeys) {
  return {
    subgraph: {
      CREDENTIAL_JWKS: `file:${keys.credentialsJwks}`,
      SERVICE_SIGNING_KEY: keys.services.privateKey,
    },
    gateway: {
      AUTH_JWKS: `file:${keys.userTokens.jwks}`,
      AUTH_ISSUER: devAccessToken.issuer,
      AUTH_AUDIENCE: devAccessToken.audience,
      GATEWAY_SIGNING_KEY: keys.gateway.privateKey,
    },
  };
}
