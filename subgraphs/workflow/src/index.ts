export { migrations } from './db';
export { seedDemo } from './demo/seed';
export { demoTables } from './demo/tables';
export { start, type WorkflowServer, type WorkflowServerOptions } from './server';
