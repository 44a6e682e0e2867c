import {
  createCredentialVerifier,
  createServiceCredential,
  type KeySource,
  type SigningKey,
} from '@collexis/identity';
import type { TokenVerifier } from '../graphql/authentication';
import { authorizationHeader } from '../graphql/viewer';

export interface SubgraphIdentityOptions {
  /** The public keys of the gateway and of the services whose credentials this subgraph accepts. */
  trustedKeys: KeySource;
  /** This service's own key, to call other subgraphs as SYSTEM (its event consumers). @default none */
  serviceKey?: SigningKey;
}

/** How one subgraph knows its callers, and proves itself when it calls another. */
export interface SubgraphIdentity {
  /** Verifies the credentials addressed to this subgraph. */
  verifier: TokenVerifier;
  /**
   * The headers of a call of this service to another subgraph (by its name), as SYSTEM, with a credential
   * renewed before it expires. Rejects when the service was given no key.
   */
  serviceHeaders(audience: string): Promise<Record<string, string>>;
}

export function createSubgraphIdentity(name: string, options: SubgraphIdentityOptions): SubgraphIdentity {
  const verifier = createCredentialVerifier({ keys: options.trustedKeys, audience: name });
  const service = options.serviceKey
    ? createServiceCredential({ key: options.serviceKey, service: name })
    : null;
  return {
    verifier,
    async serviceHeaders(audience) {
      if (!service)
        throw new Error(`${name} has no service key (SERVICE_SIGNING_KEY) to call ${audience} with`);
      return authorizationHeader(await service.sign(audience));
    },
  };
}
