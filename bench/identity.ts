/**
 * Who the bench is: keys of its own in bench/.data/keys (ensureDevKeys, made once), the identity env of every
 * process it starts (as `pnpm start` gives it), and the tokens its clients send. Every target verifies the
 * caller's access token, as in production (decision 0019).
 */
import { join } from 'node:path';
import {
  createCredentialSigner,
  credentialIssuers,
  type DevKeys,
  ensureDevKeys,
  loadSigningKey,
} from '@collexis/identity';
import { authorizationHeader } from '@collexis/platform/graphql';
import { accessTokenHeaders, type Caller, callerOf } from '@collexis/platform/testing';
import { identityEnv } from '@collexis/stack';

/** Who the read scenarios are from: an agent, who may read every field they select, unmasked. */
export const benchReader: Caller = callerOf('bench-reader', 'AGENT');

export interface BenchIdentity {
  keys: DevKeys;
  /** The env of each service process: `subgraph` for the subgraphs, `gateway` for our gateway and the floor. */
  env: ReturnType<typeof identityEnv>;
  /** The headers of a request to a gateway from `caller`: a fresh access token (1 hour). */
  accessHeaders(caller?: Caller): Promise<Record<string, string>>;
  /**
   * The headers of requests straight to one subgraph from `caller`, as the gateway would send them: its
   * credential, renewed before it expires, for as long as the returned function is called.
   */
  credentialSource(caller: Caller, subgraph: string): () => Promise<Record<string, string>>;
  /** One credential of the gateway's for `caller` and `subgraph`, valid for `ttlSeconds`: a static header. */
  credential(caller: Caller, subgraph: string, ttlSeconds: number): Promise<string>;
}

/** The bench's keys in `<dataDir>/keys`, and what it gives its processes and clients from them. */
export async function benchIdentity(dataDir: string): Promise<BenchIdentity> {
  const keys = await ensureDevKeys(join(dataDir, 'keys'));
  const gatewayKey = await loadSigningKey(keys.gateway.privateKey);
  const signer = (ttlSeconds?: number) =>
    createCredentialSigner({ key: gatewayKey, issuer: credentialIssuers.gateway, ttlSeconds });
  const claims = (caller: Caller) => ({
    id: caller.id,
    roles: [...caller.roles],
    agentId: caller.agentId ?? null,
  });
  return {
    keys,
    env: identityEnv(keys),
    accessHeaders: (caller = benchReader) => accessTokenHeaders(keys, caller),
    credentialSource(caller, subgraph) {
      const renewing = signer();
      return async () => authorizationHeader(await renewing.sign(claims(caller), subgraph));
    },
    credential: (caller, subgraph, ttlSeconds) => signer(ttlSeconds).sign(claims(caller), subgraph),
  };
}
