export { migrations } from './db';
export { seedDemo } from './demo/seed';
export { demoTables } from './demo/tables';
export { type BankSyncServer, type BankSyncServerOptions, start } from './server';
