export * from './graphql-client';
export * from './net';
export * from './run-service';
export * from './server';
