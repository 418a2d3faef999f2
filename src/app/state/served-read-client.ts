import type { CustomText, ServedRead } from './served-read';

export interface ServedReadRequest {
  /** The assets/YAML/ folder as an absolute URL. */
  readonly base: string;
  readonly custom: readonly CustomText[];
}

type ServedReadReply = { readonly read: ServedRead } | { readonly error: string };

/**
 * Reads the served files in a worker of its own (ended once it has answered). Rejects when the
 * worker cannot run, so the caller can read them on the main thread instead.
 */
export function readServedInWorker(base: string, custom: readonly CustomText[] = []): Promise<ServedRead> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./served-read.worker', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<ServedReadReply>) => {
      worker.terminate();
      performance.mark('dsomm:served-read');
      if ('read' in data) resolve(data.read);
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the load worker did not start'));
    };
    const request: ServedReadRequest = { base, custom };
    worker.postMessage(request);
  });
}
