import { ErrorCode } from '@collexis/platform/graphql';
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

/** An agent tried to record work in another agent's name; only supervisors and admins may. */
export class ActingForAnotherAgentError extends GraphQLError {
  constructor(field: string, agentId: string) {
    super(
      `${field}: an agent records actions only as itself, and agent ${agentId} is not the caller's agent`,
      { extensions: { code: ErrorCode.Forbidden, field } },
    );
  }
}

export {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  ServiceUnavailableError,
} from '@collexis/platform/graphql';
