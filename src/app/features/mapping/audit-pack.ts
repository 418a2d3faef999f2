import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { evidenceIndex } from '../../domain/evidence/evidence-index';
import { countText } from '../../domain/common/count-text';
import { TEAM_COLUMNS } from '../../domain/mapping/controls';
import { ExportStream } from '../../domain/mapping/export-table';
import { soaStream } from '../../domain/mapping/statement-of-applicability';
import { STANDARDS } from '../../domain/mapping/standards';
import { Icon } from '../../shared/icon/icon';
import { AssessmentStore } from '../../state/assessment-store';
import { injectTableDownload } from './xlsx-export';

/** The standards with a full list of controls, so the statement can name what no activity covers. */
const SOA_STANDARDS = STANDARDS.filter((standard) =>
  ['iso27001_2022', 'iso27001_2017', 'samm2'].includes(standard.key),
);

/**
 * The audit pack: a Statement of Applicability per standard and the evidence index, for the
 * selected teams and always the whole model (a search would make covered controls look uncovered).
 * It lives here rather than in the data centre because this page already has the team selection and
 * the control view the statement is the file form of.
 */
@Component({
  selector: 'app-audit-pack',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="audit" aria-labelledby="audit-pack-heading">
      <h2 id="audit-pack-heading">Audit pack</h2>
      <p class="hint">For the selected teams and the whole model, whatever the search.</p>
      @if (counted()) {
        <p class="hint">
          {{ count(teams().length) }} teams: the statement counts the teams by their state on each control, and the
          reasons and reviews due by how many teams; “Per team (CSV)” below has each team’s status on each activity.
        </p>
      }
      <div class="row">
        <mat-form-field subscriptSizing="dynamic" class="standard">
          <mat-label>Statement of Applicability for</mat-label>
          <mat-select [value]="standard().slug" (valueChange)="choose($event)">
            @for (option of standards; track option.slug) {
              <mat-option [value]="option.slug">{{ option.label }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <div role="group" aria-label="Statement of Applicability" class="buttons">
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="exportSoa('xlsx')">
            <app-icon name="download" /> Statement (.xlsx)
          </button>
          <button mat-stroked-button type="button" (click)="exportSoa('csv')">
            <app-icon name="download" /> Statement (CSV)
          </button>
        </div>
        <div role="group" aria-label="Evidence index" class="buttons">
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="exportEvidence('xlsx')">
            <app-icon name="download" /> Evidence index (.xlsx)
          </button>
          <button mat-stroked-button type="button" (click)="exportEvidence('csv')">
            <app-icon name="download" /> Evidence index (CSV)
          </button>
        </div>
      </div>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
    </section>
  `,
  styles: `
    .audit {
      margin: 24px 0 8px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 12px;
    }
    .row,
    .buttons {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    .standard {
      width: 260px;
      max-width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AuditPack {
  private readonly store = inject(AssessmentStore);
  private readonly downloadTable = injectTableDownload();
  /** The selected teams' names (all teams when none is chosen). */
  readonly teams = input.required<readonly string[]>();
  /** The selection as file names write it; empty for all teams. */
  readonly teamsFileName = input('');

  protected readonly standards = SOA_STANDARDS;
  protected readonly standard = signal(SOA_STANDARDS.find((s) => s.key === 'iso27001_2022')!);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  private readonly model = computed(() => this.store.state().data?.model);
  protected readonly counted = computed(() => this.teams().length > TEAM_COLUMNS);
  protected readonly count = countText;

  protected choose(slug: string): void {
    const standard = SOA_STANDARDS.find((s) => s.slug === slug);
    if (standard) this.standard.set(standard);
  }

  protected exportSoa(extension: 'xlsx' | 'csv'): Promise<void> {
    const model = this.model();
    if (!model) return Promise.resolve();
    const assessment = this.store.assessment();
    const table = soaStream({
      activities: model.activities,
      standard: this.standard().key,
      teams: this.teams(),
      progress: assessment.progress,
      evidence: assessment.evidence,
      rules: this.store.rules(),
      review: this.store.review(),
    });
    return this.download(table, `soa-${this.standard().slug}`, extension, 'Statement of Applicability');
  }

  protected exportEvidence(extension: 'xlsx' | 'csv'): Promise<void> {
    const model = this.model();
    if (!model) return Promise.resolve();
    const teams = this.teamsFileName() ? this.teams() : undefined;
    const table = evidenceIndex({ evidence: this.store.assessment().evidence, activities: model.activities, teams });
    return this.download(table, 'evidence-index', extension, 'Evidence index');
  }

  private async download(table: ExportStream, kind: string, extension: 'xlsx' | 'csv', sheet: string): Promise<void> {
    if (this.busy()) return;
    const name = ['dsomm', kind, this.teamsFileName(), this.store.today()].filter(Boolean).join('-') + `.${extension}`;
    this.busy.set(true);
    this.error.set('');
    try {
      await this.downloadTable(table, name, extension, sheet);
    } catch (error) {
      this.error.set(`The file could not be written (${String(error)}). The CSV export still works.`);
    } finally {
      this.busy.set(false);
    }
  }
}
