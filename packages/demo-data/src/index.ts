export { demoAgents } from './agents';
export { demoChunks } from './generate';
export { defaultDemoOptions, MIN_AGENTS, resolveDemoOptions } from './options';
export type * from './rows';
export type * from './types';
export * from './vocabulary';
