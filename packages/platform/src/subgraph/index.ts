export * from './access';
export * from './identity';
export * from './server';
