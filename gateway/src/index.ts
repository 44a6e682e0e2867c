export { type GatewayAuth, type GatewayOptions, type RunningGateway, startGateway } from './server';
export { SubgraphFailureCode } from './subgraph-client';
export type { SubgraphUrls } from './subgraph-endpoints';
export { defaultSubscriptionLimits, type SubscriptionLimits } from './subscriptions/limits';
