import { GraphQLError } from 'graphql';

/** One invalid item of a list input, as `bulkAssignCustomers` reports them all at once. */
export interface InputProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * Several items of a list input are invalid; nothing was written. The error takes the code and field of the
 * first problem and lists every problem in `extensions.problems`.
 */
export class InputProblemsError extends GraphQLError {
  constructor(problems: readonly [InputProblem, ...InputProblem[]]) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more, see extensions.problems)` : '';
    super(`${first.message}${more}`, {
      extensions: { code: first.code, field: first.field, problems },
    });
  }
}

export {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  ServiceUnavailableError,
} from '@collexis/platform/graphql';
