import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import {
  type DocumentNode,
  type GraphQLSchema,
  Lexer,
  Source,
  TokenKind,
  type ValidationRule,
  validate,
} from 'graphql';
import { LimitExceededError, type LimitName, limitMessage } from './errors';
import { expandedSelections, mostRepeatedField } from './fragment-expansion';
import type { RequestLimits } from './options';

/** The query's lexical tokens, counted no further than one past `upTo`; nothing is built. */
function countTokens(query: string, upTo: number): number {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (tokens <= upTo && lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  } catch {
    // A syntax error is left to the parser, which reports it with its location.
  }
  return tokens;
}

/** Refuses a query of more than `maxTokens` lexical tokens: a 100,000-field query costs what 2,000 tokens do. */
export function refuseExcessTokens(query: string, maxTokens: number): void {
  if (countTokens(query, maxTokens) > maxTokens) {
    throw new LimitExceededError('tokens', maxTokens, limitMessage('Query tokens', maxTokens));
  }
}

/** graphql-armor reports a refusal as `Syntax Error: <message>`; ours carries LIMIT_EXCEEDED and the limit. */
function armorRefusal(limit: LimitName, max: number): GraphQLArmorRejectCallback[] {
  return [
    (context, error) =>
      context?.reportError(new LimitExceededError(limit, max, error.message.replace(/^Syntax Error: /, ''))),
  ];
}

/** graphql-armor's rules for depth, aliases and directives, reporting LimitExceededErrors. */
function armorRules(limits: RequestLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true };
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: armorRefusal('depth', limits.maxDepth),
    }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: armorRefusal('aliases', limits.maxAliases) }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: armorRefusal('directives', limits.maxDirectives),
    }),
  ];
}

/**
 * The check of a parsed document against the shape limits, to run before Apollo Server validates it. Apollo runs graphql-js'
 * own rules first and ours in the same pass, so a limit enforced as a validation rule would come after
 * OverlappingFieldsCanBeMerged had already compared every pair of 100,000 repeated fields. The fragment
 * expansion comes first: once it has passed, walking the document through its fragments is bounded.
 */
export function shapeLimits(limits: RequestLimits) {
  const rules = armorRules(limits);
  return (schema: GraphQLSchema, document: DocumentNode): void => {
    const selections = expandedSelections(document);
    if (selections > limits.maxSelections) {
      throw new LimitExceededError(
        'selections',
        limits.maxSelections,
        limitMessage('Selections after fragment expansion', limits.maxSelections, selections),
      );
    }
    const repeated = mostRepeatedField(document);
    if (repeated && repeated.count > limits.maxRepeatedFields) {
      throw new LimitExceededError(
        'repeatedFields',
        limits.maxRepeatedFields,
        limitMessage(`Repeated field "${repeated.responseName}"`, limits.maxRepeatedFields, repeated.count),
      );
    }
    const refusal = validate(schema, document, rules).find((error) => error instanceof LimitExceededError);
    if (refusal) throw refusal;
  };
}
