export { migrations } from './db';
export { seedDemo } from './demo/seed';
export { type BankSyncServerOptions, start } from './server';
