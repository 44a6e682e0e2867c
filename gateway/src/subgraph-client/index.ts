export { createSubgraphClient, type SubgraphClient, type SubgraphEndpoints } from './client';
export { createSubgraphDataSource, type GatewayContext } from './data-source';
export { SubgraphFailureCode } from './failed-fetch';
export { createSubgraphIdentity, type SubgraphIdentity } from './identity';
export { readSubgraphResponse, type SubgraphResult } from './read-response';
export type { SubgraphHttpResponse, SubgraphTransport } from './transport';
