export { migrations } from './db';
export { seedDemo } from './demo/seed';
export { demoTables } from './demo/tables';
export type { PaymentRow } from './models';
export { type PaymentServer, type PaymentServerOptions, start } from './server';
