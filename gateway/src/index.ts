export { type GatewayOptions, type RunningGateway, startGateway } from './server';
export type { SubgraphEndpoints } from './subgraph-endpoints';
