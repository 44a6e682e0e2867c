import type { FetcherOpts, FetcherParams } from '@graphiql/toolkit';
import { type DocumentNode, Kind, parse } from 'graphql';

/**
 * The request as its query text says. GraphiQL parses the editor 100 ms (debounced) after a tab's query is
 * shown, so a run started sooner carries the previous tab's operation name and parsed document: the toolkit's
 * fetcher then judges by that document whether to subscribe (sending the live payments subscription over HTTP)
 * and the gateway refuses a name the query lacks. The document is parsed again from the text, and a name it
 * lacks is replaced by its only operation's; a query that does not parse, or a choice among several
 * operations, is left for the gateway to judge.
 */
export function matchingQueryText(
  params: FetcherParams,
  options: FetcherOpts | undefined,
): [FetcherParams, FetcherOpts | undefined] {
  let documentAST: DocumentNode;
  try {
    documentAST = parse(params.query);
  } catch {
    return [params, options];
  }
  const operations = documentAST.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? null] : [],
  );
  const { operationName } = params;
  const stale = operationName && !operations.includes(operationName) && operations.length === 1;
  return [stale ? { ...params, operationName: operations[0] ?? null } : params, { ...options, documentAST }];
}
