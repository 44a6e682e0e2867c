export * from './graphql-client';
export * from './health';
export * from './net';
export * from './run-service';
export * from './server';
