export * from './bulk-load';
export * from './domain-roles';
export * from './domains';
export * from './identity';
export * from './processes';
export * from './stack';
export type { StatementLog } from './statements';
export * from './supervisor';
