import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { routes } from './app.routes';
import { PageTitleStrategy } from './shared/page-title-strategy';
import { loadFonts } from './shared/fonts';
import { registerServiceWorker } from './shared/service-worker';
import { AssessmentStore } from './state/assessment-store';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    // Start loading at once but do not wait for it: the shell paints first and shows progress.
    provideAppInitializer(() => void inject(AssessmentStore).load()),
    provideAppInitializer(registerServiceWorker),
    provideAppInitializer(loadFonts),
  ],
};
