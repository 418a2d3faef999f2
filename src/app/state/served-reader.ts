import { Injectable, InjectionToken, inject } from '@angular/core';
import type { CustomText, ServedRead } from './served-read';
import { readServedInWorker } from './served-read-client';
import { YamlSource } from './yaml-source';

/** A read of the served files started before Angular (in main.ts), for the folder `base`. */
export interface EarlyServedRead {
  readonly base: string;
  readonly read: Promise<ServedRead>;
}

export const EARLY_SERVED_READ = new InjectionToken<EarlyServedRead>('EARLY_SERVED_READ');

/**
 * Reads the served files: in a worker when they come over HTTP, taking over the read main.ts
 * started for the first load; on the main thread when no worker can run, or when the source is not
 * HTTP (unit tests serve files from memory).
 */
@Injectable({ providedIn: 'root' })
export class ServedReader {
  private readonly source = inject(YamlSource);
  private early = inject(EARLY_SERVED_READ, { optional: true });

  async read(custom: readonly CustomText[]): Promise<ServedRead> {
    const early = this.early;
    this.early = null;
    const http = this.source instanceof YamlSource && typeof Worker !== 'undefined';
    if (http && early?.base === this.source.base && custom.length === 0) {
      try {
        return await early.read;
      } catch {
        // The worker could not run: read below, in a new one or here.
      }
    }
    if (http) {
      try {
        return await readServedInWorker(this.source.base, custom);
      } catch {
        // Read here instead.
      }
    }
    const { readServed } = await import('./served-read');
    return readServed(this.source, custom);
  }
}
