export { migrations } from './db';
export { seedDemo } from './demo/seed';
export { type BankSyncServer, type BankSyncServerOptions, start } from './server';
