import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app';
import { appConfig } from './app.config';
import { EARLY_DATABASE } from './state/browser-storage';
import { EARLY_SERVED_READ, EarlyServedRead } from './state/served-reader';
import { EARLY_PAINT, endEarlyPaintElsewhere } from './shared/early-heatmap/early-handover';
import type { EarlyPaint } from './shared/early-heatmap/early-paint';

/** What main.ts started before Angular: the read of the served files and the opening of the database. */
export interface EarlyStart {
  readonly served: EarlyServedRead;
  readonly database: Promise<IDBDatabase>;
  /** The start page's heatmap painted before Angular, taken away once the app shows its own. */
  readonly early?: EarlyPaint;
}

export function bootstrap(early: EarlyStart) {
  const providers = [
    { provide: EARLY_SERVED_READ, useValue: early.served },
    { provide: EARLY_DATABASE, useValue: early.database },
    { provide: EARLY_PAINT, useValue: early.early },
  ];
  return bootstrapApplication(App, { ...appConfig, providers: [...appConfig.providers, ...providers] }).then((app) => {
    performance.mark('dsomm:bootstrapped');
    if (early.early) endEarlyPaintElsewhere(app, early.early);
    return app;
  });
}
