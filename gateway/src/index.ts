export { type GatewayOptions, startGateway } from './server';
export type { SubgraphEndpoints } from './subgraph-endpoints';
