/**
 * The errors bank-sync raises, each with a stable `extensions.code`. A record of an import that is wrong is not
 * an error of the request: it is stored with the run (`SyncRun.errors`) under the same codes.
 */
export { BadUserInputError, ConflictError } from '@collexis/platform/graphql';
