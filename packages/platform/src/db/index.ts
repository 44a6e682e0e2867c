export * from './audit';
export * from './batch';
export * from './database';
export * from './migrate';
export * from './prepared';
export * from './roles';
export * from './synchronized-entity';
export * from './table-rows';
