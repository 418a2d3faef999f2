import { Provider, Signal, signal, WritableSignal } from '@angular/core';
import { BehaviorSubject, Observable } from 'rxjs';
import { fromFiles } from '../../domain/assessment/empty-assessment';
import { STAGES } from '../../domain/testing/model-fixture';
import { AssessmentState, Evidence, Meta, Model, Progress } from '../../domain/types';
import { AssessmentStore } from '../assessment-store';
import { StoreState } from '../store-state';
import { StoreSelectors } from '../store-selectors';

/** The store's methods a page may call; the fake has to offer each, with the same signature. */
type StoreOperations = Pick<AssessmentStore, 'state$' | 'update' | 'flush' | 'reload' | 'reset'>;

/**
 * The store's public surface for component specs without any I/O: the same selectors (it extends
 * the same class) and the same operations (the compiler checks them against the real store).
 */
export class FakeAssessmentStore extends StoreSelectors implements StoreOperations {
  private readonly current: WritableSignal<StoreState>;
  private readonly subject: BehaviorSubject<StoreState>;
  readonly state: Signal<StoreState>;
  readonly state$: Observable<StoreState>;

  constructor(initial: StoreState) {
    super();
    this.current = signal(initial);
    this.subject = new BehaviorSubject(initial);
    this.state = this.current.asReadonly();
    this.state$ = this.subject.asObservable();
  }

  update(reducer: (assessment: AssessmentState) => AssessmentState): void {
    const state = this.current();
    if (state.status === 'loading') return;
    const next = reducer(state.assessment);
    if (next !== state.assessment) this.set({ ...state, assessment: next });
  }

  set(state: StoreState): void {
    this.current.set(state);
    this.subject.next(state);
  }

  notify(notice: string): void {
    this.set({ ...this.current(), notice, noticesSent: (this.current().noticesSent ?? 0) + 1 });
  }

  dismissNotice(): void {
    this.set({ ...this.current(), notice: undefined });
  }

  /** Nothing to write: the fake keeps everything in memory. */
  flush(): Promise<void> {
    return Promise.resolve();
  }

  /** Nothing to read again: the fake's state is what the spec set. */
  reload(): Promise<void> {
    return Promise.resolve();
  }

  /** Back to the files' assessment, as after clearing the browser's storage. */
  async reset(): Promise<void> {
    const state = this.current();
    this.set({ ...state, assessment: state.fileAssessment });
  }
}

export function provideFakeStore(store: FakeAssessmentStore): Provider {
  return { provide: AssessmentStore, useValue: store };
}

export interface ReadyOptions {
  readonly teams?: readonly string[];
  readonly groups?: Readonly<Record<string, readonly string[]>>;
  readonly progress?: Progress;
  readonly evidence?: readonly Evidence[];
  readonly maxLevel?: number;
}

/** A loaded state for `model` with the standard stages and meta.yaml strings. */
export function readyState(model: Model, options: ReadyOptions = {}): StoreState {
  const teams = options.teams ?? ['Team A', 'Team B'];
  const groups = options.groups ?? {};
  const meta: Meta = {
    teamProgressFile: 'team-progress.yaml',
    teamEvidenceFile: 'team-evidence.yaml',
    allowChangeTeamNameInBrowser: true,
    stages: STAGES,
    teams,
    teamGroups: groups,
    activityFiles: ['default/model.yaml'],
    lang: 'en',
    strings: {
      allTeamsGroupName: 'All teams',
      maturityLevels: [
        'Level 1: Basic',
        'Level 2: Adoption',
        'Level 3: High',
        'Level 4: Very high',
        'Level 5: Advanced',
      ],
      labels: ['Very low', 'Low', 'Medium', 'High', 'Very high'],
      knowledgeLabels: ['Very low', 'Low', 'Medium', 'High', 'Very high'],
    },
    maxLevel: options.maxLevel ?? 5,
  };
  const assessment = fromFiles({
    teams,
    groups,
    stages: STAGES,
    progress: options.progress ?? {},
    evidence: options.evidence ?? [],
  });
  return {
    status: 'ready',
    data: { meta, model, files: ['default/model.yaml'] },
    problems: [],
    fileAssessment: assessment,
    assessment,
    storage: { state: 'ok' },
  };
}
