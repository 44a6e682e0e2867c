export * from './database';
export * from './disposal';
export * from './eventually';
export * from './subscriptions';
export * from './viewers';
