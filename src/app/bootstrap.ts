import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app';
import { appConfig } from './app.config';
import { EARLY_SERVED_READ, EarlyServedRead } from './state/served-reader';

export function bootstrap(early: EarlyServedRead | undefined) {
  const providers = early ? [{ provide: EARLY_SERVED_READ, useValue: early }] : [];
  return bootstrapApplication(App, { ...appConfig, providers: [...appConfig.providers, ...providers] }).then(
    (app) => (performance.mark('dsomm:bootstrapped'), app),
  );
}
