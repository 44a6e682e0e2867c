import { type ConstDirectiveNode, type EnumTypeDefinitionNode, Kind, parse } from 'graphql';
import type { SubgraphEndpoints } from './subgraph-client';

/** One subgraph as a supergraph declares it: `ENUM_VALUE @join__graph(name: "...", url: "...")`. */
export interface SupergraphSubgraph {
  /** The subgraph's name, e.g. `order-history`. */
  name: string;
  /** Its value in the `join__Graph` enum, e.g. `ORDER_HISTORY`. */
  enumValue: string;
  /** The URL written in the supergraph. */
  url: string;
}

/** URL overrides keyed by subgraph name (as in `join__graph(name:)`). */
export type SubgraphUrls = Readonly<Record<string, string>>;

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((candidate) => candidate.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

/** The subgraphs a supergraph is composed of, from its `join__Graph` enum. */
export function supergraphSubgraphs(supergraphSdl: string): SupergraphSubgraph[] {
  const graphEnum = parse(supergraphSdl).definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  if (!graphEnum) throw new Error('the supergraph has no join__Graph enum: is it a composed supergraph?');
  return (graphEnum.values ?? []).map((value) => {
    const directive = value.directives?.find((candidate) => candidate.name.value === 'join__graph');
    const name = directive && stringArgument(directive, 'name');
    const url = directive && stringArgument(directive, 'url');
    if (!name || url === undefined) {
      throw new Error(
        `the supergraph's join__Graph value ${value.name.value} has no @join__graph(name, url)`,
      );
    }
    return { name, enumValue: value.name.value, url };
  });
}

function checkedUrl(subgraph: string, url: string): string {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error(`the URL of subgraph ${subgraph} must be an http(s) URL of its /graphql endpoint`);
  }
  return url;
}

/**
 * Where each subgraph answers: from the supergraph's `join__graph` URLs, each replaced by its override. An
 * override naming no subgraph of the supergraph is refused. Without a supergraph (composition from running
 * subgraphs) the overrides are the whole list and may not be empty.
 */
export function resolveSubgraphEndpoints(
  supergraphSdl: string | undefined,
  overrides: SubgraphUrls = {},
): SubgraphEndpoints {
  if (supergraphSdl === undefined) {
    const entries = Object.entries(overrides);
    if (entries.length === 0) {
      throw new Error(
        'composing from running subgraphs needs the URL of each of them (the `subgraphs` option, or a SUBGRAPH_URL_<NAME> variable each)',
      );
    }
    return new Map(entries.map(([name, url]) => [name, checkedUrl(name, url)]));
  }
  const declared = supergraphSubgraphs(supergraphSdl);
  const names = new Set(declared.map((subgraph) => subgraph.name));
  const unknown = Object.keys(overrides).filter((name) => !names.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `no subgraph named ${unknown.join(', ')} in the supergraph; it has ${[...names].join(', ')}`,
    );
  }
  return new Map(
    declared.map(({ name, url }) => {
      const override = Object.hasOwn(overrides, name) ? overrides[name] : undefined;
      return [name, checkedUrl(name, override ?? url)];
    }),
  );
}
