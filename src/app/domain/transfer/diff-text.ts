import { countOf } from '../common/count-of';
import { countText } from '../common/count-text';
import { AssessmentDiff, DiffCounts, NamesDiff } from './assessment-diff';

/** Names listed per line: a file of 10,000 teams made a line of 10,000 names in the preview. */
const NAMES_LISTED = 20;

function names(list: readonly string[]): string {
  const quoted = list.slice(0, NAMES_LISTED).map((name) => `"${name}"`);
  const more = list.length - quoted.length;
  return more > 0 ? `${quoted.join(', ')} and ${countText(more)} more` : quoted.join(', ');
}

/** `3 stage dates added, 1 changed; 2 pieces of evidence added` (nothing for zero counts). */
export function countsText(counts: DiffCounts): string {
  const stages = [
    counts.stagesAdded ? `${countOf(counts.stagesAdded, 'stage date', 'stage dates')} added` : '',
    counts.stagesChanged ? `${countOf(counts.stagesChanged, 'stage date', 'stage dates')} changed` : '',
    counts.stagesRemoved ? `${countOf(counts.stagesRemoved, 'stage date', 'stage dates')} removed` : '',
  ].filter(Boolean);
  const marks = counts.marksChanged
    ? [`${countOf(counts.marksChanged, '"not applicable" mark', '"not applicable" marks')} set, changed or cleared`]
    : [];
  const evidence = [
    counts.evidenceAdded ? `${countOf(counts.evidenceAdded, 'piece', 'pieces')} of evidence added` : '',
    counts.evidenceChanged ? `${countOf(counts.evidenceChanged, 'piece', 'pieces')} of evidence changed` : '',
    counts.evidenceRemoved ? `${countOf(counts.evidenceRemoved, 'piece', 'pieces')} of evidence removed` : '',
  ].filter(Boolean);
  return [stages.join(', '), ...marks, evidence.join(', ')].filter(Boolean).join('; ');
}

function namesLines(label: string, diff: NamesDiff): string[] {
  return [
    diff.added.length ? `${label} added: ${names(diff.added)}` : '',
    diff.removed.length ? `${label} removed: ${names(diff.removed)}` : '',
    diff.changed.length ? `${label} changed: ${names(diff.changed)}` : '',
  ].filter(Boolean);
}

/** Everything besides per-team progress and evidence that the change touches, one line each. */
export function otherChanges(diff: Omit<AssessmentDiff, 'teams'>): string[] {
  return [
    ...namesLines('Teams', diff.teamList),
    diff.teamList.reordered ? 'The order of the teams changes.' : '',
    ...namesLines('Groups', diff.groups),
    ...namesLines('Progress stages', diff.stageDefinition),
    diff.settings.length ? `Settings changed: ${diff.settings.join(', ')}` : '',
    ...namesLines('Custom activity files', diff.customFiles),
    ...namesLines('Roadmap targets', diff.targets),
  ].filter(Boolean);
}

/** One sentence for the status line after an import. */
export function importedText(fileName: string, diff: Omit<AssessmentDiff, 'teams'>): string {
  const counts = countsText(diff.totals);
  const other = otherChanges(diff).length;
  return `Imported ${fileName}: ${[counts, other ? countOf(other, 'other change', 'other changes') : ''].filter(Boolean).join('; ') || 'nothing changed'}.`;
}
