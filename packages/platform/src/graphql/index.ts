export * from './access-rules';
export * from './connection';
export * from './errors';
export * from './scalars';
export * from './validation';
export * from './viewer';
