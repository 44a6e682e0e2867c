/** What one subgraph answered over HTTP, before it is read as GraphQL. */
export interface SubgraphHttpResponse {
  /** The subgraph's name: what errors about this answer may say of where it came from, never its address. */
  subgraph: string;
  status: number;
  statusText: string;
  contentType: string | null;
  body: string;
}

/**
 * One POST of a GraphQL request body to a subgraph, by the subgraph's name in the supergraph. Never rejects:
 * a subgraph that cannot be reached or does not answer in time is answered for (see failed-fetch.ts).
 */
export type SubgraphTransport = (
  subgraph: string,
  body: string,
  headers: Readonly<Record<string, string>>,
) => Promise<SubgraphHttpResponse>;
