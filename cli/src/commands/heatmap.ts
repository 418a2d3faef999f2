import { heatmapSvg } from '../../../src/app/domain/heatmap/heatmap-svg';
import { isCalendarDate } from '../../../src/app/domain/common/calendar-date';
import { scoreAssessment } from '../../../src/app/domain/scoring/score-assessment';
import { evidenceSummaries } from '../../../src/app/domain/status/activity-status';
import { formatDay } from '../../../src/app/shared/local-day';
import { integerOption, META_OPTION, parseCommandArgs, REVIEW_OPTION, reviewIntervalOption } from '../args';
import { CliError, EXIT_OK } from '../cli-error';
import { ROBOTO } from '../fonts';
import { Io } from '../io';
import { loadModel, readTeamFiles } from '../loaded-files';
import { writeResult } from '../output';
import { problemLines } from '../problems-report';
import { chooseTeams } from '../team-options';
import { THEME_COLOURS } from '../theme-colours';

/** The app's heatmap title, so that exported charts look the same from either. */
const TITLE = 'DevSecOps maturity heatmap';

export const HEATMAP_USAGE = `Usage: dsomm heatmap [--teams "Team A"] [-o heatmap.svg] [options] [team-progress.yaml] [team-evidence.yaml]

Draws the circular heatmap as the app exports it (same layout, colours and Roboto font, embedded):
one wedge per sub-dimension, one ring per level, coloured by the selected teams' average score,
with a dot on sectors that have activities due for review. Files: team-progress.yaml and
team-evidence.yaml (default: the ones meta.yaml names).

  --teams <names>     the teams to draw (comma-separated, "\\," for a comma in a name; repeatable);
                      default all teams
  --group <name>      the teams of this group of meta.yaml
  -o, --output <file> write to a file instead of standard output
  --size <px>         side of the chart (default 720)
  --theme light|dark  colours of the app's light (default) or dark theme
  --title <text>      caption title (default: ${TITLE})
  --date <YYYY-MM-DD> the day the heatmap shows, in the caption too (default: today); stages
                      dated after it do not count yet
  --locale <tag>      how the date is written, e.g. en-GB (default: the system's)
  --max-level <n>     draw levels 1 to n (default: meta.yaml's highest level)
  --no-font           do not embed Roboto (smaller file; viewers fall back to Arial)
  --review-interval <duration>
                      after how long a stage or evidence is due for review: 6 months, 1 year,
                      P3M... (default 12 months; an activity file's reviewInterval wins)
  --meta <path>       meta.yaml (default: ./meta.yaml, else ./src/assets/YAML/meta.yaml)

Exit code: 0 written, 1 the progress file has errors (listed on standard error), 2 could not run.`;

export function heatmap(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(args, {
    ...META_OPTION,
    teams: { type: 'string', multiple: true },
    group: { type: 'string' },
    output: { type: 'string', short: 'o' },
    size: { type: 'string' },
    theme: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    locale: { type: 'string' },
    'max-level': { type: 'string' },
    'no-font': { type: 'boolean' },
    ...REVIEW_OPTION,
  });
  const interval = reviewIntervalOption(values['review-interval']);
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark')
    throw new CliError(`--theme is light or dark; got "${theme}".`, { usage: true });
  const date = values.date ?? io.today();
  if (!isCalendarDate(date))
    throw new CliError(`--date must be a day written YYYY-MM-DD; got "${date}".`, { usage: true });
  if (values.locale !== undefined && !isLocale(values.locale)) {
    throw new CliError(`--locale "${values.locale}" is not a language tag such as en-GB.`, { usage: true });
  }
  const size = integerOption(values.size, 'size', 720, 240, 4000);
  const { workspace, data, warnings } = loadModel(io, values.meta);
  const maxLevel = integerOption(values['max-level'], 'max-level', data.meta.maxLevel, 1, data.meta.maxLevel);
  const teams = chooseTeams(data, values.teams ?? [], values.group);
  const files = readTeamFiles(io, workspace, data, positionals, warnings);
  for (const line of problemLines(warnings, 'text')) io.err(`${line}\n`);
  const scores = scoreAssessment({
    model: data.model,
    stages: data.meta.stages,
    progress: files.progress?.value ?? {},
    teams: data.meta.teams,
    selected: teams.selected,
    maxLevel,
    day: date,
    review: { evidence: evidenceSummaries(files.evidence?.value ?? [], date), interval },
  });
  const svg = heatmapSvg({
    dimensions: data.model.dimensions,
    maxLevel,
    scores,
    size,
    caption: { title: values.title ?? TITLE, teams: teams.caption, date: formatDay(date, values.locale) },
    colours: THEME_COLOURS[theme],
    fonts: values['no-font'] ? [] : ROBOTO,
  });
  const where = writeResult(io, values.output, svg);
  if (values.output !== undefined && values.output !== '-') io.err(`Wrote ${where}: ${teams.caption}, ${date}.\n`);
  return EXIT_OK;
}

function isLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}
