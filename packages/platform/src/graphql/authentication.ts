import { InvalidTokenError, KeySourceError } from '@collexis/identity';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';
import type { Viewer } from './viewer';

/** Anything that turns a token into a verified caller: the gateway's token verifier, a subgraph's. */
export interface TokenVerifier {
  verify(token: string | undefined): Promise<Viewer>;
}

/**
 * The verified caller of a request, or the error to answer with: UNAUTHENTICATED with HTTP 401 for a token
 * that is missing or refused (its reason, never the token), SERVICE_UNAVAILABLE with 503 when the keys cannot
 * be read.
 */
export async function authenticate(verifier: TokenVerifier, token: string | undefined): Promise<Viewer> {
  try {
    return await verifier.verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw new GraphQLError(`Sign in: ${error.message}`, {
        extensions: {
          code: ErrorCode.Unauthenticated,
          http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
        },
      });
    }
    if (error instanceof KeySourceError) {
      throw new GraphQLError('The keys that verify tokens cannot be read; try again later', {
        extensions: { code: ErrorCode.ServiceUnavailable, http: { status: 503 } },
      });
    }
    throw error;
  }
}
