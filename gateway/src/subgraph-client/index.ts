export {
  createSubgraphClient,
  type SubgraphClient,
  type SubgraphClientOptions,
  type SubgraphEndpoints,
} from './client';
export { createSubgraphDataSource, type GatewayContext, SubgraphDataSource } from './data-source';
export { SubgraphFailureCode } from './failed-fetch';
export { subgraphRequestHeaders, upstreamConnectionParams } from './identity';
export { isGraphQLErrorBody, readSubgraphResponse, type SubgraphResult } from './read-response';
export type { SubgraphHttpResponse, SubgraphTransport } from './transport';
