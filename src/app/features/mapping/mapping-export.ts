import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { countText } from '../../domain/common/count-text';
import { TEAM_COLUMNS, TeamStandings } from '../../domain/mapping/controls';
import { ExportStream, exportFileName, exportStream } from '../../domain/mapping/export-table';
import { teamActivityCount, teamActivityStream } from '../../domain/mapping/team-activity-table';
import { Activity } from '../../domain/types';
import { Icon } from '../../shared/icon/icon';
import { AssessmentStore } from '../../state/assessment-store';
import { injectTableDownload } from './xlsx-export';

/**
 * The mappings page's export of the shown activities, as Excel or CSV. Up to TEAM_COLUMNS teams,
 * a status column per team; past them the teams counted by state per activity, and a CSV with a
 * row per team and activity (the long format a pivot table reads). Its host takes no box: the
 * buttons and the note are items of the page's toolbar.
 */
@Component({
  selector: 'app-mapping-export',
  imports: [MatButtonModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="export" role="group" aria-label="Export">
      <button mat-flat-button type="button" (click)="exportAs('xlsx')" [disabled]="busy() !== ''">
        <app-icon name="download" />
        {{ busy() === 'xlsx' ? 'Preparing Excel…' : 'Excel (.xlsx)' }}
      </button>
      <button mat-stroked-button type="button" (click)="exportAs('csv')" [disabled]="busy() !== ''">
        <app-icon name="download" />
        {{ busy() === 'csv' ? 'Preparing CSV…' : 'CSV' }}
      </button>
      @if (counted()) {
        <button mat-stroked-button type="button" (click)="exportPerTeam()" [disabled]="busy() !== ''">
          <app-icon name="download" />
          {{ busy() === 'teams' ? 'Preparing per team…' : 'Per team (CSV)' }}
        </button>
      }
    </div>
    @if (counted()) {
      <p class="hint note">
        {{ count(teams().length) }} teams: the Excel and CSV files count the teams by their state on each activity
        rather than a column per team. “Per team (CSV)” has a row for each team and activity ({{ count(perTeamRows()) }}
        rows), for a pivot table.
      </p>
    }
    @if (error()) {
      <p class="error" role="alert">{{ error() }}</p>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .export {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-left: auto;
    }
    .note,
    .error {
      flex: 1 1 100%;
      margin: 0;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    @media (max-width: 600px) {
      .export {
        margin-left: 0;
      }
    }
  `,
})
export class MappingExport {
  private readonly store = inject(AssessmentStore);
  private readonly download = injectTableDownload();
  /** The shown activities, in the order shown. */
  readonly activities = input.required<readonly Activity[]>();
  /** The selected teams (all when none is chosen). */
  readonly teams = input.required<readonly string[]>();
  /** Where the teams stand, read once for the page. */
  readonly standings = input.required<TeamStandings>();
  /** The selection as file names write it; empty for all teams. */
  readonly teamsFileName = input('');
  readonly query = input('');
  /** Activities in the model, for the file name of a filtered export. */
  readonly total = input.required<number>();

  protected readonly counted = computed(() => this.teams().length > TEAM_COLUMNS);
  protected readonly perTeamRows = computed(() =>
    teamActivityCount({ activities: this.activities(), teams: this.teams() }),
  );
  protected readonly busy = signal<'' | 'xlsx' | 'csv' | 'teams'>('');
  protected readonly error = signal('');
  protected readonly count = countText;

  protected exportAs(extension: 'xlsx' | 'csv'): Promise<void> {
    const data = this.store.state().data;
    if (!data) return Promise.resolve();
    const stream = exportStream({
      activities: this.activities(),
      byUuid: data.model.byUuid,
      teams: this.teams(),
      progress: this.store.assessment().progress,
      rules: this.store.rules(),
      review: this.store.review(),
      strings: data.meta.strings,
      standings: this.standings(),
    });
    return this.save(stream, extension, extension, '');
  }

  protected exportPerTeam(): Promise<void> {
    const assessment = this.store.assessment();
    const stream = teamActivityStream({
      activities: this.activities(),
      teams: this.teams(),
      groups: assessment.teams.groups,
      progress: assessment.progress,
      rules: this.store.rules(),
      review: this.store.review(),
    });
    return this.save(stream, 'csv', 'teams', 'per-team');
  }

  private async save(
    stream: ExportStream,
    extension: 'xlsx' | 'csv',
    busy: 'xlsx' | 'csv' | 'teams',
    kind: string,
  ): Promise<void> {
    if (this.busy()) return;
    const name = exportFileName({
      query: this.query(),
      teams: [this.teamsFileName(), kind].filter(Boolean).join('-'),
      shown: this.activities().length,
      total: this.total(),
      date: this.store.today(),
      extension,
    });
    this.busy.set(busy);
    this.error.set('');
    try {
      await this.download(stream, name, extension, 'DSOMM activities');
    } catch (error) {
      this.error.set(
        extension === 'xlsx'
          ? `The Excel file could not be written (${String(error)}). The CSV export still works.`
          : `The CSV file could not be written (${String(error)}).`,
      );
    } finally {
      this.busy.set('');
    }
  }
}
