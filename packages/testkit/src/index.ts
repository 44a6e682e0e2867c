export * from './cluster';
export * from './test-gateway';
export * from './test-stack';
