export * from './callers';
export * from './database';
export * from './disposal';
export * from './eventually';
export * from './roles';
export * from './subgraph';
export * from './subscriptions';
