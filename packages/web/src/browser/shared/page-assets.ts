/** Monaco's web workers (GraphiQL's editors), each bundled as a script of its own. */
export const workerModules = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
} as const;

export type WorkerName = keyof typeof workerModules;

/** The pages the gateway serves, each one script and at most one stylesheet. */
export const pageNames = ['ide', 'board'] as const;
export type PageName = (typeof pageNames)[number];
