/**
 * The errors payment raises, each with a stable `extensions.code`. A record of a `syncPayments` batch that is
 * wrong is not an error of the request: its result carries the same code and field (`SyncPaymentResult.error`).
 */
export { BadUserInputError, ConflictError, NotFoundError } from '@collexis/platform/graphql';
