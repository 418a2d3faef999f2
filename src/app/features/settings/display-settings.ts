import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ISO_DATES } from '../../domain/common/calendar-date';
import { shownMaxLevel } from '../../domain/common/shown-max-level';
import { settingsFrom } from '../../domain/persisted/settings-from';
import { Settings } from '../../domain/types';
import { formatDay } from '../../shared/local-day';
import { ThemeChoice, ThemeService } from '../../shared/theme/theme-service';
import { AssessmentStore } from '../../state/assessment-store';

/** Date formats offered; each is shown with today's example. */
const LOCALES: readonly { readonly tag: string; readonly name: string }[] = [
  { tag: ISO_DATES, name: 'ISO 8601, as in the files' },
  { tag: 'en-GB', name: 'English (UK)' },
  { tag: 'en-US', name: 'English (US)' },
  { tag: 'de-DE', name: 'Deutsch' },
  { tag: 'fr-FR', name: 'Français' },
  { tag: 'es-ES', name: 'Español' },
  { tag: 'it-IT', name: 'Italiano' },
  { tag: 'nl-NL', name: 'Nederlands' },
  { tag: 'pt-BR', name: 'Português (Brasil)' },
  { tag: 'sv-SE', name: 'Svenska' },
  { tag: 'pl-PL', name: 'Polski' },
  { tag: 'ja-JP', name: '日本語' },
  { tag: 'zh-CN', name: '中文 (简体)' },
];
const EXAMPLE_DAY = '2026-03-02';
const BROWSER = '';

/** Highest level shown, how dates are written, and the colour theme. */
@Component({
  selector: 'app-display-settings',
  imports: [MatFormFieldModule, MatSelectModule, MatButtonToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="display-title">
      <h2 id="display-title">Display</h2>
      <div class="fields">
        <mat-form-field>
          <mat-label>Highest maturity level shown</mat-label>
          <mat-select [value]="maxLevel()" (selectionChange)="setMaxLevel($event.value)">
            @for (level of levels(); track level) {
              <mat-option [value]="level"
                >Level {{ level }}{{ level === modelMax() ? ' (all levels)' : '' }}</mat-option
              >
            }
          </mat-select>
          <mat-hint>Pages and scores leave out activities above this level.</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Date format</mat-label>
          <mat-select [value]="locale()" (selectionChange)="setLocale($event.value)">
            <mat-option [value]="browser">The browser's ({{ example(undefined) }})</mat-option>
            @for (option of locales; track option.tag) {
              <mat-option [value]="option.tag">{{ option.name }} ({{ example(option.tag) }})</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
      <div class="theme">
        <span id="theme-label" class="label">Colour theme</span>
        <mat-button-toggle-group
          aria-labelledby="theme-label"
          [value]="theme.choice()"
          (change)="setTheme($event.value)"
        >
          <mat-button-toggle value="system">Follow the system</mat-button-toggle>
          <mat-button-toggle value="light">Light</mat-button-toggle>
          <mat-button-toggle value="dark">Dark</mat-button-toggle>
        </mat-button-toggle-group>
      </div>
    </section>
  `,
  styles: `
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    mat-form-field {
      flex: 1 1 18rem;
      max-width: 26rem;
    }
    .theme {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-top: 16px;
    }
    .label {
      font: var(--mat-sys-body-large);
    }
  `,
})
export class DisplaySettings {
  private readonly store = inject(AssessmentStore);
  protected readonly theme = inject(ThemeService);
  protected readonly locales = LOCALES;
  protected readonly browser = BROWSER;
  protected readonly modelMax = computed(() => this.store.state().data?.meta.maxLevel ?? 0);
  protected readonly levels = computed(() => Array.from({ length: this.modelMax() }, (_, i) => i + 1));
  protected readonly maxLevel = computed(() =>
    shownMaxLevel(this.modelMax(), this.store.state().assessment.settings.maxLevel),
  );
  protected readonly locale = computed(() => this.store.state().assessment.settings.dateLocale ?? BROWSER);

  protected example(locale: string | undefined): string {
    return formatDay(EXAMPLE_DAY, locale);
  }

  protected setMaxLevel(level: number): void {
    // "All levels" is stored as no setting, so a model with more levels later shows them all.
    this.setting({ maxLevel: level >= this.modelMax() ? undefined : level });
  }

  protected setLocale(tag: string): void {
    this.setting({ dateLocale: tag === BROWSER ? undefined : tag });
  }

  protected setTheme(choice: ThemeChoice): void {
    this.theme.set(choice);
  }

  private setting(change: Partial<Settings>): void {
    // A setting changed to undefined is left out: stored as no setting.
    this.store.update((assessment) => ({
      ...assessment,
      settings: settingsFrom({ ...assessment.settings, ...change }),
    }));
  }
}
