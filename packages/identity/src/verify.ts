import { errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { asymmetricAlgorithms } from './algorithms';
import { type Caller, callerFromClaims } from './claims';
import { InvalidTokenError, type InvalidTokenReason, KeySourceError } from './errors';

/** What a verifier expects of every token besides a good signature. */
export interface TokenExpectations {
  /** Accepted `iss` values. */
  issuer: string | string[];
  /** The `aud` a token must name. */
  audience: string;
  /** Leeway for `exp` and `nbf` against a clock that runs a little ahead or behind. */
  clockToleranceSeconds: number;
}

/** Verifies a token and reads its Caller; refuses with InvalidTokenError, or KeySourceError when keys are unreachable. */
export async function verifyCallerToken(
  token: string | undefined,
  keys: JWTVerifyGetKey,
  expect: TokenExpectations,
): Promise<Caller> {
  if (!token) throw new InvalidTokenError('missing');
  try {
    const { payload } = await jwtVerify(token, keys, {
      algorithms: asymmetricAlgorithms,
      issuer: expect.issuer,
      audience: expect.audience,
      clockTolerance: expect.clockToleranceSeconds,
      requiredClaims: ['exp', 'sub'],
    });
    return callerFromClaims(payload);
  } catch (error) {
    if (error instanceof InvalidTokenError || error instanceof KeySourceError) throw error;
    const reason = reasonFor(error);
    if (!reason) throw error;
    throw new InvalidTokenError(reason, { cause: error });
  }
}

/** Why jose refused a token; undefined for anything that is not about the token (a bug, say). */
function reasonFor(error: unknown): InvalidTokenReason | undefined {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'not yet valid';
    if (error.claim === 'iss') return 'wrong issuer';
    if (error.claim === 'aud') return 'wrong audience';
    return 'bad claims';
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return 'unsupported algorithm';
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return 'unknown key';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'malformed';
  return undefined;
}
