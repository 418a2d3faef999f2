import { QueryParams } from '../../domain/common/query-params';
import { readPersistedAssessment } from '../../domain/persisted/persisted-assessment';
import { doneMeaning } from '../../domain/scoring/score-counts';
import { scoreAssessment, Scores } from '../../domain/scoring/score-assessment';
import { coverageText } from '../../domain/status/coverage';
import { selectionLabel } from '../../domain/teams/selection-label';
import { selectionMembers } from '../../domain/teams/selection-members';
import { AssessmentState, Dimension, Settings, Teams } from '../../domain/types';
import { assembleAssessment, datesAfter } from '../../state/load-assessment';
import { ServedRead } from '../../state/read-served';
import { reviewContext, selectionScoringInput, shownLevels } from '../../state/scoring-input';
import { heatmapChartLabel } from '../heatmap-chart/chart-label';
import { readTeamSelection, selectedTeams, TeamSelection } from '../team-selection/team-selection-params';

/** What the browser stored that the start page's chart depends on, as read before Angular. */
export interface EarlyStored {
  /** The stored assessment record (IndexedDB), undefined on a first visit. */
  readonly assessment?: unknown;
  /** Stored data was set aside as unreadable: the app shows a notice above the page. */
  readonly setAside: boolean;
}

/** The start page as Angular's heatmap page will first show it: the chart and what is above it. */
export interface EarlyHeatmap {
  readonly dimensions: readonly Dimension[];
  readonly maxLevel: number;
  readonly scores: Scores;
  /** The chart's accessible name (the page's). */
  readonly label: string;
  readonly coverage: string;
  readonly teams: Teams;
  readonly selection: TeamSelection;
  /** meta.yaml's name of "all teams", the first chip. */
  readonly allLabel: string;
  readonly doneNote: string;
  readonly theme: NonNullable<Settings['theme']>;
}

/**
 * The heatmap page's first view from the served files and the stored data, through the same
 * functions the app uses (`assembleAssessment`, `selectionScoringInput`, `scoreAssessment`), or
 * undefined whenever the app would show something else above or in the chart: a URL with more
 * than a team selection (an opened sector, activity details), stored data it would set aside or
 * custom activity files (read again with them), notes about the files (dates after `day` among
 * them: told by the latest date the reader saw, without a walk), copies read offline, names in the
 * URL that are no team or group.
 */
export function earlyHeatmap(
  read: ServedRead,
  stored: EarlyStored,
  params: QueryParams,
  fragment: string,
  day: string,
): EarlyHeatmap | undefined {
  if (fragment !== '' || Object.keys(params).some((key) => key !== 'teams' && key !== 'group')) return undefined;
  if (stored.setAside) return undefined;
  let assessment: AssessmentState | undefined;
  if (stored.assessment !== undefined) {
    const checked = readPersistedAssessment(stored.assessment);
    if (!checked.ok || checked.setAside.length > 0 || checked.value.customFiles.length > 0) return undefined;
    assessment = checked.value;
  }
  if (datesAfter(read, day)) return undefined;
  const loaded = assembleAssessment(read, assessment, day);
  if (loaded.status !== 'ready' || loaded.problems.length > 0 || (loaded.offline ?? []).length > 0) return undefined;
  const data = loaded.data;
  const state = loaded.assessment;
  const selection = readTeamSelection(params);
  const teams = state.teams;
  // The app's chips say which names in the link are no team or group; the stand-in has no such line.
  if (selectionMembers(selection, teams).unknown.length > 0) return undefined;
  const scores = scoreAssessment(
    selectionScoringInput(data, state, selectedTeams(selection, teams), day, reviewContext(state, day)),
  );
  const allLabel = data.meta.strings.allTeamsGroupName;
  return {
    dimensions: data.model.dimensions,
    maxLevel: shownLevels(data, state),
    scores,
    label: heatmapChartLabel(selectionLabel(selection, teams, allLabel)),
    coverage: coverageText({ assessed: scores.assessed, total: scores.assessable, teams: scores.teams }),
    teams,
    selection,
    allLabel,
    doneNote: doneMeaning(state.stages, 'selection'),
    theme: state.settings.theme ?? 'system',
  };
}
