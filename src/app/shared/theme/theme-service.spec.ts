import { TestBed } from '@angular/core/testing';
import { SMALL_MODEL } from '../../domain/testing/model-fixture';
import { StoreState } from '../../state/store-state';
import { FakeAssessmentStore, provideFakeStore, readyState } from '../../state/testing/fake-assessment-store';
import { EARLY_PAINT } from '../early-heatmap/early-handover';
import type { EarlyPaint } from '../early-heatmap/early-paint';
import { ThemeService } from './theme-service';

const SHOWN = 'dsomm-studio.theme-shown';
const FORMER = 'dsomm-studio.theme';

describe('ThemeService', () => {
  const root = document.documentElement;
  const ready = (theme?: 'light' | 'dark' | 'system'): StoreState => {
    const state = readyState(SMALL_MODEL);
    return theme ? { ...state, assessment: { ...state.assessment, settings: { theme } } } : state;
  };
  const notLoaded = (status: 'loading' | 'failed'): StoreState => ({
    ...readyState(SMALL_MODEL),
    status,
    data: undefined,
  });
  const shown = () =>
    root.classList.contains('theme-dark') ? 'dark' : root.classList.contains('theme-light') ? 'light' : 'system';

  function start(state: StoreState, early?: EarlyPaint): { store: FakeAssessmentStore; theme: ThemeService } {
    const store = new FakeAssessmentStore(state);
    TestBed.configureTestingModule({ providers: [provideFakeStore(store), { provide: EARLY_PAINT, useValue: early }] });
    const theme = TestBed.inject(ThemeService);
    TestBed.tick();
    return { store, theme };
  }

  const clear = () => {
    localStorage.removeItem(SHOWN);
    localStorage.removeItem(FORMER);
    root.classList.remove('theme-dark', 'theme-light');
  };
  beforeEach(clear);
  afterEach(clear);

  it('shows the theme last shown until the stored data has loaded, then the stored one, and keeps it for next time', () => {
    localStorage.setItem(SHOWN, 'dark');
    const { store, theme } = start(notLoaded('loading'));
    expect(shown()).toBe('dark');
    store.set(ready('light'));
    TestBed.tick();
    expect(theme.choice()).toBe('light');
    expect(shown()).toBe('light');
    expect(localStorage.getItem(SHOWN)).toBe('light');
  });

  it('shows the theme the start page was painted in before Angular until the stored data has loaded', () => {
    // A first visit's early paint reads no localStorage: a copy left there (the site's data cleared
    // but for it) must not show until the store has loaded with no theme.
    localStorage.setItem(SHOWN, 'dark');
    const { store } = start(notLoaded('loading'), { theme: 'system', remove: () => undefined });
    expect(shown()).toBe('system');
    store.set(ready());
    TestBed.tick();
    expect(shown()).toBe('system');
    expect(localStorage.getItem(SHOWN)).toBe('system');
  });

  it('is stored as a setting when chosen, like the others; a reset goes back to the system theme', async () => {
    const { store, theme } = start(ready());
    expect(shown()).toBe('system');
    theme.set('dark');
    TestBed.tick();
    expect(store.state().assessment.settings).toEqual({ theme: 'dark' });
    expect(shown()).toBe('dark');
    await store.reset();
    TestBed.tick();
    expect(theme.choice()).toBe('system');
    expect(shown()).toBe('system');
    expect(localStorage.getItem(SHOWN)).toBe('system');
  });

  it('follows the stored setting when another tab or a restored backup changes it', () => {
    const { store, theme } = start(ready('light'));
    store.update((assessment) => ({ ...assessment, settings: { ...assessment.settings, theme: 'dark' } }));
    TestBed.tick();
    expect(theme.choice()).toBe('dark');
    expect(shown()).toBe('dark');
  });

  it('keeps the theme shown after a failed start whose stored data holds none', () => {
    localStorage.setItem(SHOWN, 'dark');
    const { theme } = start(notLoaded('failed'));
    expect(theme.choice()).toBe('dark');
    expect(shown()).toBe('dark');
  });

  it('takes the theme chosen before it was stored with the data into the store, once', () => {
    localStorage.setItem(FORMER, 'dark');
    const { store, theme } = start(ready('light'));
    expect(store.state().assessment.settings.theme).toBe('dark');
    expect(theme.choice()).toBe('dark');
    expect(localStorage.getItem(FORMER)).toBeNull();
    theme.set('light');
    TestBed.tick();
    expect(theme.choice()).toBe('light');
  });

  it('keeps the theme chosen before until the store has saved it, so closing the tab at once loses nothing', () => {
    localStorage.setItem(FORMER, 'dark');
    const unsaved: StoreState = { ...ready(), storage: { state: 'pending' } };
    const { store } = start(unsaved);
    expect(store.state().assessment.settings.theme).toBe('dark');
    expect(localStorage.getItem(FORMER)).toBe('dark');
    store.set({ ...store.state(), storage: { state: 'ok' } });
    TestBed.tick();
    expect(localStorage.getItem(FORMER)).toBeNull();
  });
});
