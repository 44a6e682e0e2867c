/** Why a token was refused; short and safe to log or to return to the client. */
export type InvalidTokenReason =
  | 'missing'
  | 'malformed'
  | 'unsupported algorithm'
  | 'unknown key'
  | 'bad signature'
  | 'expired'
  | 'not yet valid'
  | 'wrong issuer'
  | 'wrong audience'
  | 'bad claims';

/**
 * The one error a verifier throws for a token it refuses. The message is the reason alone: the token, its
 * claims and jose's wording (which can quote claim values) stay out of logs; `cause` keeps jose's error.
 */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';

  constructor(
    readonly reason: InvalidTokenReason,
    options?: ErrorOptions,
  ) {
    super(`invalid token: ${reason}`, options);
  }
}

/**
 * The keys could not be read: a JWKS endpoint down, slow or answering garbage, or (when the verifier is made) a
 * JWKS file missing or malformed. Not the token's fault: a gateway answers 503, not 401, so clients do not
 * throw away good tokens during an identity-provider outage.
 */
export class KeySourceError extends Error {
  override readonly name = 'KeySourceError';
}
