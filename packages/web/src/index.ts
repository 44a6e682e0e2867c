export { type WebAssets, webAssets } from './assets';
export type { PageName, WorkerName } from './build';
