import { type Caller, type CallerClaims, signCallerToken } from './claims';
import { type KeySource, keyResolver } from './key-source';
import type { SigningKey } from './signing-key';
import { rememberVerified, type VerifiedTokensOptions } from './verified-tokens';
import { verifyCallerToken } from './verify';

/** The `iss` of each credential signer; subgraphs trust both. */
export const credentialIssuers = {
  /** The gateway, for the user whose access token it verified. */
  gateway: 'collexis-gateway',
  /** Services calling a subgraph on their own behalf (event consumers), as SYSTEM. */
  services: 'collexis-services',
} as const;

/** A cached credential is signed anew this long before it expires, so none expires in flight. */
const renewBeforeExpiryMs = 10_000;

export interface CredentialSignerOptions {
  /** The signer's private key: the gateway's or the services' (loadSigningKey). */
  key: SigningKey;
  /** The signer's `iss`, one the subgraphs trust (credentialIssuers). */
  issuer: string;
  /**
   * Lifetime of a credential; never beyond the caller's own `expiresAt`.
   * @default 60
   */
  ttlSeconds?: number;
}

/** Who a credential speaks for; `expiresAt`, when given (a verified user), bounds the credential's expiry. */
export type CredentialCaller = CallerClaims & { expiresAt?: Date };

export interface CredentialSigner {
  /** A credential for `caller` to present to the subgraph named `audience`. */
  sign(caller: CredentialCaller, audience: string): Promise<string>;
}

/**
 * Signs subgraph credentials. One is reused per caller and subgraph until shortly before it expires, so a busy
 * gateway signs once a minute per active user, not once a request.
 */
export function createCredentialSigner(options: CredentialSignerOptions): CredentialSigner {
  const ttlMs = (options.ttlSeconds ?? 60) * 1000;
  // Insertion order is roughly expiry order (one TTL for all), so stale entries are dropped from the front.
  const cache = new Map<string, { token: Promise<string>; renewAt: number }>();
  const dropStale = (now: number) => {
    for (const [key, entry] of cache) {
      if (entry.renewAt > now) return;
      cache.delete(key);
    }
  };
  return {
    sign(caller, audience) {
      const now = Date.now();
      dropStale(now);
      const cacheKey = JSON.stringify([audience, caller.id, caller.roles, caller.agentId, caller.expiresAt]);
      const cached = cache.get(cacheKey);
      if (cached && cached.renewAt > now) return cached.token;
      const expiresAt = Math.floor(
        Math.min(now + ttlMs, caller.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY) / 1000,
      );
      const token = signCallerToken(options.key, caller, { issuer: options.issuer, audience, expiresAt });
      cache.delete(cacheKey);
      cache.set(cacheKey, { token, renewAt: expiresAt * 1000 - renewBeforeExpiryMs });
      token.catch(() => {
        if (cache.get(cacheKey)?.token === token) cache.delete(cacheKey);
      });
      return token;
    },
  };
}

export interface ServiceCredentialOptions {
  /** The services' private key (loadSigningKey). */
  key: SigningKey;
  /** The service's id, the credential's `sub`, e.g. 'bank-sync-consumer'. */
  service: string;
  /** @default 'collexis-services' */
  issuer?: string;
}

export interface ServiceCredential {
  /** A SYSTEM credential of the service for the subgraph named `audience`. */
  sign(audience: string): Promise<string>;
}

/** The credential a service (an event consumer) presents when it calls another subgraph on its own behalf. */
export function createServiceCredential(options: ServiceCredentialOptions): ServiceCredential {
  const signer = createCredentialSigner({
    key: options.key,
    issuer: options.issuer ?? credentialIssuers.services,
  });
  const caller: CredentialCaller = { id: options.service, roles: ['SYSTEM'], agentId: null };
  return { sign: (audience) => signer.sign(caller, audience) };
}

export interface CredentialVerifierOptions {
  /** How many verified tokens are remembered, and how long (rememberVerified). */
  remember?: VerifiedTokensOptions;
  /** Public keys of every trusted signer: `parseKeySource(env.CREDENTIAL_JWKS)`, or a JWKS in memory. */
  keys: KeySource;
  /** This subgraph's name, the `aud` its credentials carry. */
  audience: string;
  /** @default [credentialIssuers.gateway, credentialIssuers.services] */
  issuers?: string[];
  /**
   * Leeway for `exp` and `nbf`. Small: signers and subgraphs share a network, and a minute-long credential
   * should not live much longer.
   * @default 5
   */
  clockToleranceSeconds?: number;
}

export interface CredentialVerifier {
  /** The caller a credential speaks for; throws InvalidTokenError (or KeySourceError) otherwise. */
  verify(token: string | undefined): Promise<Caller>;
}

/** Verifies the credential a subgraph receives from the gateway or a service. */
export function createCredentialVerifier(options: CredentialVerifierOptions): CredentialVerifier {
  const keys = keyResolver(options.keys);
  const expect = {
    issuer: options.issuers ?? [credentialIssuers.gateway, credentialIssuers.services],
    audience: options.audience,
    clockToleranceSeconds: options.clockToleranceSeconds ?? 5,
  };
  return { verify: rememberVerified((token) => verifyCallerToken(token, keys, expect), options.remember) };
}
