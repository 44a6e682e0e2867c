/** Where each subgraph of the supergraph is served, by the subgraph's name in schema/. */
export interface SubgraphEndpoints {
  'bank-sync': string;
  payment: string;
  workflow: string;
}

export const subgraphNames = [
  'bank-sync',
  'payment',
  'workflow',
] as const satisfies readonly (keyof SubgraphEndpoints)[];

export function isSubgraphName(name: string): name is keyof SubgraphEndpoints {
  return (subgraphNames as readonly string[]).includes(name);
}
