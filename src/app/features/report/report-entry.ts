import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  Injector,
  inject,
  input,
  signal,
  viewChildren,
} from '@angular/core';
import { countText } from '../../domain/common/count-text';
import { capWords } from '../../domain/report/word-cap';
import { ReportEntry as Entry, TeamStanding } from '../../domain/report/report-rows';
import { changedAfterReview } from '../../domain/evidence/evidence-review';
import { reviewText } from '../../domain/review/review-text';
import { statusText } from '../../domain/status/activity-status';
import { Model, MetaStrings, ReportColumn } from '../../domain/types';
import { isHttpUrl } from '../../shared/evidence/http-url';
import { formatDay } from '../../shared/local-day';
import { Markdown } from '../../shared/markdown/markdown';
import { rowsInSteps } from '../../shared/rows-in-steps';

/**
 * Teams named per activity before "Show more": a report of thousands of teams listed every team
 * under each of ~200 activities (millions of lines; the page never rendered). A press names
 * MORE_ROWS more: "Show all" drew up to 10,000 at once and held the page.
 */
const TEAMS_NAMED = 12;

const TEXT_COLUMNS = [
  ['description', 'Description'],
  ['risk', 'Risk'],
  ['measure', 'Measure'],
  ['assessment', 'Assessment'],
] as const;

/**
 * One activity of the report with the chosen columns. Markdown from the files goes only through
 * `<app-markdown>` (sanitised); every other text is interpolated, so nothing from a file runs.
 */
@Component({
  selector: 'app-report-entry',
  imports: [Markdown],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-entry.html',
  styleUrl: './report-entry.scss',
})
export class ReportEntry {
  readonly entry = input.required<Entry>();
  readonly columns = input.required<readonly ReportColumn[]>();
  readonly wordCap = input(0);
  readonly model = input.required<Model>();
  readonly strings = input.required<MetaStrings>();
  readonly dateLocale = input<string | undefined>(undefined);
  /** Show each team's stage (grouped by stage, the group title already says it for all). */
  readonly showStage = input(true);

  private readonly shown = computed(() => new Set(this.columns()));
  protected readonly named = rowsInSteps(
    computed(() => this.entry().teams),
    TEAMS_NAMED,
  );
  /** The standings named: read only for those (the entry holds thousands of team names). */
  protected readonly teams = computed(() => this.named.rows().map(this.entry().standing));
  protected readonly moreTeams = computed(() => this.entry().teams.length - this.teams().length);
  /** The first team the last press named: it takes the focus from the button that press removed. */
  protected readonly firstNamed = signal(-1);
  private readonly teamItems = viewChildren<ElementRef<HTMLElement>>('team');
  private readonly injector = inject(Injector);
  protected readonly count = countText;

  protected nameMore(): void {
    const before = this.teams().length;
    this.named.more();
    if (this.named.next() > 0) return;
    // Without a new place the focus falls to the page's start (WCAG 2.4.3).
    this.firstNamed.set(before);
    afterNextRender(() => this.teamItems()[before]?.nativeElement.focus(), { injector: this.injector });
  }
  protected readonly texts = computed(() => {
    const a = this.entry().activity;
    return TEXT_COLUMNS.filter(([key]) => this.shown().has(key) && a[key].trim() !== '').map(([key, label]) => ({
      label,
      capped: capWords(a[key], this.wordCap()),
    }));
  });
  protected readonly facts = computed(() => {
    const a = this.entry().activity;
    const s = this.strings();
    const rating = (labels: readonly string[], value: number) => labels[value - 1] ?? String(value);
    const facts: { label: string; value: string }[] = [];
    if (this.shown().has('difficulty') && a.difficulty) {
      const d = a.difficulty;
      facts.push({
        label: 'Difficulty',
        value: `knowledge ${rating(s.knowledgeLabels, d.knowledge)}, time ${rating(s.labels, d.time)}, resources ${rating(s.labels, d.resources)}`,
      });
    }
    if (this.shown().has('usefulness') && a.usefulness !== undefined) {
      facts.push({ label: 'Usefulness', value: rating(s.labels, a.usefulness) });
    }
    if (this.shown().has('references')) {
      const r = a.references;
      const parts = [
        ['SAMM', r.samm2],
        ['ISO 27001:2017', r.iso27001_2017],
        ['ISO 27001:2022', r.iso27001_2022],
        ['OpenCRE', r.openCRE],
        ['D3FEND', r.d3f],
      ] as const;
      const text = parts.filter(([, ids]) => ids.length > 0).map(([name, ids]) => `${name}: ${ids.join(', ')}`);
      if (text.length > 0) facts.push({ label: 'References', value: text.join('; ') });
    }
    if (this.shown().has('dependencies') && a.dependsOn.length > 0) {
      facts.push({
        label: 'Depends on',
        value: a.dependsOn.map((uuid) => this.model().byUuid.get(uuid)?.name ?? uuid).join(', '),
      });
    }
    if (this.shown().has('tags') && a.tags.length > 0) facts.push({ label: 'Tags', value: a.tags.join(', ') });
    return facts;
  });
  protected readonly tools = computed(() => (this.shown().has('tools') ? this.entry().activity.implementation : []));
  protected readonly showEvidence = computed(() => this.shown().has('evidence'));
  protected readonly isHttpUrl = isHttpUrl;
  protected readonly formatDay = formatDay;

  /** `: Started since 2 Mar 2026`, `: Not applicable since ... (reason)`, or nothing to add. */
  protected standing({ status }: TeamStanding): string {
    const day = (date: string) => formatDay(date, this.dateLocale());
    if (status.notApplicable) {
      const reason = status.notApplicable.reason ? ` (${status.notApplicable.reason})` : '';
      return `: ${statusText(status)} since ${day(status.notApplicable.date)}${reason}`;
    }
    const since = status.date ? ` since ${day(status.date)}` : '';
    if (this.showStage()) return `: ${statusText(status)}${since}`;
    return since === '' ? '' : `:${since}`;
  }

  /** `Due for review since 2 Mar 2026 (stage set 2 Mar 2025, no evidence; every year)`, or ''. */
  protected due({ status }: TeamStanding): string {
    return status.due ? reviewText(status, (date) => formatDay(date, this.dateLocale())) : '';
  }

  protected readonly changedAfterReview = changedAfterReview;

  protected cap(text: string): string {
    return capWords(text, this.wordCap()).text;
  }
}
