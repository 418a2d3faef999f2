import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app';
import { appConfig } from './app.config';
import { EARLY_DATABASE } from './state/browser-storage';
import { EARLY_SERVED_READ, EarlyServedRead } from './state/served-reader';

/** What main.ts started before Angular: the read of the served files and the opening of the database. */
export interface EarlyStart {
  readonly served: EarlyServedRead;
  readonly database: Promise<IDBDatabase>;
}

export function bootstrap(early: EarlyStart) {
  const providers = [
    { provide: EARLY_SERVED_READ, useValue: early.served },
    { provide: EARLY_DATABASE, useValue: early.database },
  ];
  return bootstrapApplication(App, { ...appConfig, providers: [...appConfig.providers, ...providers] }).then(
    (app) => (performance.mark('dsomm:bootstrapped'), app),
  );
}
