export * from './access';
export * from './server';
