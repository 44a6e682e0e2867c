export { migrations } from './db';
export type { PaymentRow } from './db/database';
export { seedDemo } from './demo/seed';
export { demoTables } from './demo/tables';
export { type PaymentServer, type PaymentServerOptions, start } from './server';
