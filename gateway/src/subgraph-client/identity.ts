import { type CredentialSigner, isRole } from '@collexis/identity';
import { authorizationHeader, type Viewer } from '@collexis/platform/graphql';

/** How the gateway proves to a subgraph who is calling: the one place identity is attached. */
export interface SubgraphIdentity {
  /** The headers of an HTTP request to a subgraph on behalf of a caller: JSON, and its credential. */
  headers(subgraph: string, viewer: Viewer | undefined): Promise<Record<string, string>>;
  /** The connection parameters of an upstream graphql-ws subscription on behalf of a caller. */
  connectionParams(subgraph: string, viewer: Viewer): Promise<Record<string, unknown>>;
}

/** The gateway itself, for what no client asked (composing from the running subgraphs). */
const gatewayCaller: Viewer = { id: 'gateway', roles: ['SYSTEM'] };

/**
 * Credentials signed by the gateway's key for one subgraph (the audience) and one verified caller, short-lived
 * and never outliving the caller's token (decision 0019); subgraphs accept nothing else.
 */
export function createSubgraphIdentity(signer: CredentialSigner): SubgraphIdentity {
  const credential = (subgraph: string, viewer: Viewer) =>
    signer.sign(
      {
        id: viewer.id,
        roles: viewer.roles.filter(isRole),
        agentId: viewer.agentId ?? null,
        expiresAt: viewer.expiresAt,
      },
      subgraph,
    );
  return {
    async headers(subgraph, viewer) {
      const token = await credential(subgraph, viewer ?? gatewayCaller);
      return { 'content-type': 'application/json', ...authorizationHeader(token) };
    },
    async connectionParams(subgraph, viewer) {
      return authorizationHeader(await credential(subgraph, viewer));
    },
  };
}
