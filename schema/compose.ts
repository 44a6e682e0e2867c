import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphSource {
  name: string;
  /** URL recorded in the supergraph; the gateway may override it at run time. */
  url: string;
  sdlPath: string;
}

const repoRoot = new URL('..', import.meta.url);

export const subgraphSources: SubgraphSource[] = [
  { name: 'bank-sync', url: 'http://127.0.0.1:4001/graphql', sdlPath: 'subgraphs/bank-sync/schema.graphql' },
  { name: 'payment', url: 'http://127.0.0.1:4002/graphql', sdlPath: 'subgraphs/payment/schema.graphql' },
  { name: 'workflow', url: 'http://127.0.0.1:4003/graphql', sdlPath: 'subgraphs/workflow/schema.graphql' },
];

export const supergraphPath = new URL('schema/supergraph.graphql', repoRoot);

export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Composition failed with ${problems.length} error(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Composes the subgraphs' checked-in SDL into the supergraph; every composition error is reported at once. */
export function composeSupergraph(sources: SubgraphSource[] = subgraphSources): string {
  const result = composeServices(
    sources.map(({ name, url, sdlPath }) => ({
      name,
      url,
      typeDefs: parse(readFileSync(new URL(sdlPath, repoRoot), 'utf8')),
    })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return `${result.supergraphSdl.trimEnd()}\n`;
}
