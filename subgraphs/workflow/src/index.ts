export { migrations } from './db';
export { seedDemo } from './demo/seed';
export { demoTables } from './demo/tables';
export { type StartOptions, start, type WorkflowServer } from './server';
