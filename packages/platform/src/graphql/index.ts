export * from './access-rules';
export * from './authentication';
export * from './connection';
export * from './errors';
export * from './ids';
export * from './scalars';
export * from './validation';
export * from './viewer';
