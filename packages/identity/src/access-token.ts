import { type Caller, type CallerClaims, signCallerToken } from './claims';
import { type KeySource, keyResolver } from './key-source';
import type { SigningKey } from './signing-key';
import { rememberVerified, type VerifiedTokensOptions } from './verified-tokens';
import { verifyCallerToken } from './verify';

/** The embedded stack's identity provider (`pnpm run token`) and the graph's audience. */
export const devAccessToken = {
  issuer: 'collexis-dev',
  audience: 'collexis-graph',
  ttlSeconds: 3600,
} as const;

export interface AccessTokenVerifierOptions {
  /** How many verified tokens are remembered, and how long (rememberVerified). */
  remember?: VerifiedTokensOptions;
  /** The identity provider's public keys; `parseKeySource(env.AUTH_JWKS)`. */
  keys: KeySource;
  /** The identity provider's `iss`. */
  issuer: string;
  /** The graph's `aud`, as the identity provider issues it. */
  audience: string;
  /**
   * Leeway for `exp` and `nbf` between the identity provider's clock and ours.
   * @default 30
   */
  clockToleranceSeconds?: number;
}

export interface AccessTokenVerifier {
  /** The caller a user's access token names; throws InvalidTokenError (or KeySourceError) otherwise. */
  verify(token: string | undefined): Promise<Caller>;
}

/** Verifies user access tokens at the gateway. A JWKS file is read here, so a bad path fails at startup. */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const keys = keyResolver(options.keys);
  const expect = {
    issuer: options.issuer,
    audience: options.audience,
    clockToleranceSeconds: options.clockToleranceSeconds ?? 30,
  };
  return { verify: rememberVerified((token) => verifyCallerToken(token, keys, expect), options.remember) };
}

export interface AccessTokenOptions {
  /** The identity provider's private key (loadSigningKey). */
  key: SigningKey;
  /** @default 'collexis-dev' */
  issuer?: string;
  /** @default 'collexis-graph' */
  audience?: string;
  /** The caller's id (`sub`), at most 50 characters. */
  subject: string;
  roles: CallerClaims['roles'];
  /** Employee id of the agent the caller acts as (`agent`). */
  agentId?: string | null;
  /** @default 3600 */
  ttlSeconds?: number;
}

/** Signs a user access token, as the embedded stack's identity provider; production tokens come from the real one. */
export function signAccessToken(options: AccessTokenOptions): Promise<string> {
  const ttlSeconds = options.ttlSeconds ?? devAccessToken.ttlSeconds;
  return signCallerToken(
    options.key,
    { id: options.subject, roles: options.roles, agentId: options.agentId ?? null },
    {
      issuer: options.issuer ?? devAccessToken.issuer,
      audience: options.audience ?? devAccessToken.audience,
      expiresAt: Math.floor(Date.now() / 1000) + ttlSeconds,
    },
  );
}
