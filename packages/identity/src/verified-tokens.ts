import type { Caller } from './claims';

/** Verifies one token: the caller it speaks for, or a refusal. */
export type VerifyToken = (token: string | undefined) => Promise<Caller>;

export interface VerifiedTokensOptions {
  /** Tokens remembered at most; the oldest is forgotten first; 0 remembers none. @default 10000 */
  maxEntries?: number;
  /** How long a verification is believed, at most (never past the token's `exp`). @default 30000 */
  maxAgeMs?: number;
}

/**
 * Remembers the caller of each token it verified, by the token's exact text, for a short while. A client sends
 * the same access token request after request, and the gateway the same credential per caller and subgraph for
 * most of a minute; checking the same signature again (0.15-0.2 ms of CPU) can only give the same answer until
 * the token expires or its key leaves the key set. The second is already seen late: a remote JWKS is refetched
 * only for an unknown key id or after jose's own cache age (10 minutes), so 30 s more adds no new exposure.
 * Refusals are not remembered: each bad token is checked, and cannot push good ones out.
 */
export function rememberVerified(verify: VerifyToken, options: VerifiedTokensOptions = {}): VerifyToken {
  const maxEntries = options.maxEntries ?? 10_000;
  const maxAgeMs = options.maxAgeMs ?? 30_000;
  if (maxEntries === 0) return verify;
  const verified = new Map<string, { caller: Caller; until: number }>();
  return async (token) => {
    const now = Date.now();
    if (token !== undefined) {
      const known = verified.get(token);
      if (known && known.until > now) return known.caller;
      if (known) verified.delete(token);
    }
    const caller = await verify(token);
    const until = Math.min(caller.expiresAt.getTime(), now + maxAgeMs);
    if (token !== undefined && until > now) {
      if (verified.size >= maxEntries) {
        const oldest = verified.keys().next();
        if (!oldest.done) verified.delete(oldest.value);
      }
      verified.set(token, { caller, until });
    }
    return caller;
  };
}
