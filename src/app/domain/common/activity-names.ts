import { Problem } from '../types';
import { ActivityName } from './activity-order';
import { fileError } from './file-problem';
import { lineOfPath } from './key-lines';

/** Differences (a letter added, dropped, changed or two swapped) still read as a misspelt name. */
const MAX_TYPOS = 2;
/** Shorter keys must match a name exactly: two letters off a short word is another word. */
const FUZZY_FROM = 10;
/** Keys looked at for a misspelling: a file of thousands of unknown keys is not a hand-written one. */
const MAX_FUZZY_LOOKS = 200;
/** Beyond this many the rest are not reported: the first ones say what is wrong with the file. */
const MAX_PROBLEMS = 50;

/**
 * The keys of a file's `root` map (`progress`, `evidence`) that are not uuids of the model but
 * name one of its activities (in any case and spacing, or misspelt by a letter or two), each as
 * an error with its line. Such an entry never counts, as nothing is keyed by name, and a kept
 * "unknown activity" looks imported: a hand-written file is better refused, saying the uuid.
 * Other unknown keys stay (a custom activity file may define them).
 */
export function namedActivityProblems(
  keys: Iterable<string>,
  activities: readonly ActivityName[],
  fileName: string,
  text: string,
  root: string,
): Problem[] {
  const known = new Set(activities.map((activity) => activity.uuid));
  let names: ActivityNames | undefined;
  const problems: Problem[] = [];
  for (const key of keys) {
    if (known.has(key)) continue;
    const named = (names ??= new ActivityNames(activities)).find(key);
    if (named === undefined) continue;
    const message = `"${key}" is not an activity uuid: it reads as the name of the activity "${named.name}". Write its uuid, ${named.uuid}, in its place.`;
    problems.push(fileError(fileName, message, lineOfPath(text, [root, key])));
    if (problems.length === MAX_PROBLEMS) break;
  }
  return problems;
}

/** The model's activities by name, to find the one a key names (see namedActivityProblems). */
class ActivityNames {
  private readonly byName = new Map<string, ActivityName>();
  private looks = 0;

  constructor(activities: readonly ActivityName[]) {
    for (const activity of activities) this.byName.set(normalized(activity.name), activity);
  }

  find(key: string): ActivityName | undefined {
    const wanted = normalized(key);
    const exact = this.byName.get(wanted);
    if (exact !== undefined || wanted.length < FUZZY_FROM || this.looks++ >= MAX_FUZZY_LOOKS) return exact;
    for (const [name, activity] of this.byName) {
      if (Math.abs(name.length - wanted.length) <= MAX_TYPOS && typos(name, wanted) <= MAX_TYPOS) return activity;
    }
    return undefined;
  }
}

const normalized = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The edits between `a` and `b` (optimal string alignment: a swap of two neighbours is one),
 * counted only until a row exceeds MAX_TYPOS: beyond that the name is another one.
 */
function typos(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > MAX_TYPOS) return best;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}
