export { migrations } from './db';
export { seedDemo } from './demo/seed';
export { type StartOptions, start, type WorkflowServer } from './server';
