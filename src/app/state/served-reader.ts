import { Injectable, InjectionToken, inject } from '@angular/core';
import type { CustomText, ServedRead } from './read-served';
import { YamlSource } from './yaml-source';

/** A read of the served files started before Angular (in main.ts), for the folder `base`. */
export interface EarlyServedRead {
  readonly base: string;
  readonly read: Promise<ServedRead>;
}

export const EARLY_SERVED_READ = new InjectionToken<EarlyServedRead>('EARLY_SERVED_READ');

/**
 * Reads the served files. The first load takes over the read main.ts started before Angular, when
 * it was of the same folder and no custom files are stored (they change what is loaded).
 */
@Injectable({ providedIn: 'root' })
export class ServedReader {
  private readonly source = inject(YamlSource);
  private early = inject(EARLY_SERVED_READ, { optional: true });

  /** `day` is today: the files' dates after it are noted (see readServed). */
  async read(custom: readonly CustomText[], day: string): Promise<ServedRead> {
    const early = this.early;
    this.early = null;
    if (early && custom.length === 0 && this.source instanceof YamlSource && early.base === this.source.base) {
      try {
        return await early.read;
      } catch {
        // Read again below.
      }
    }
    // Loaded on demand: main.ts has usually loaded this module already.
    const { readServed } = await import('./read-served');
    return readServed(this.source, custom, { day });
  }
}
