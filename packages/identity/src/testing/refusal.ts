import { InvalidTokenError, type InvalidTokenReason } from '../errors';

/** The reason a verification was refused with; fails the test when it was accepted or failed otherwise. */
export async function refusalReason(verification: Promise<unknown>): Promise<InvalidTokenReason> {
  const outcome = await verification.then(
    () => new Error('the token was accepted'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof InvalidTokenError)) throw outcome;
  return outcome.reason;
}
