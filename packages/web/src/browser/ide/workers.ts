import type { WorkerName } from '../shared/page-assets';

/**
 * Where Monaco (GraphiQL's editors) starts its web workers: the gateway's own bundled worker scripts, whose
 * URLs the page lists in `data-workers` on its root element.
 */
export function startWorkersFromBundle(root: HTMLElement): void {
  const urls = JSON.parse(root.dataset.workers ?? '{}') as Partial<Record<WorkerName, string>>;
  const worker = (name: WorkerName) => {
    const url = urls[name];
    if (!url) throw new Error(`the page names no ${name} script`);
    return new Worker(url, { name });
  };
  Object.assign(globalThis, {
    MonacoEnvironment: {
      getWorker: (_workerId: string, label: string) =>
        label === 'graphql'
          ? worker('graphql.worker')
          : label === 'json'
            ? worker('json.worker')
            : worker('editor.worker'),
    },
  });
}
