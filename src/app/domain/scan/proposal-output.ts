import { AssessmentState, Model, Stage } from '../types';
import { exportBackupFile } from '../transfer/backup-file';
import { markdownText, tableRow } from '../summary/markdown-text';
import { statusText } from '../status/activity-status';
import { ActivityProposal, ScanProposal } from './scan-proposal';

/** What else a report says: how the scan went (files walked, skipped) and anything to watch for. */
export interface ProposalNotes {
  readonly notes: readonly string[];
}

const OUTCOME_WORDS: Readonly<Record<ActivityProposal['outcome'], string>> = {
  raise: 'proposed',
  kept: 'kept: the team is already there',
  'not-applicable': 'left alone: not applicable to the team',
};

/**
 * The proposal as a file the data centre imports: DSOMM Studio's backup format (one file holding
 * the team, its raised progress entries and the evidence), so the import preview lists every
 * change before anything is stored. It holds only this team's scanned activities: import it with
 * Merge. (Replace would make it the whole assessment.)
 */
export function proposalFile(
  proposal: ScanProposal,
  ctx: { readonly stages: readonly Stage[]; readonly model: Model; readonly now: number } & ProposalNotes,
): string {
  const assessment: AssessmentState = {
    teams: { names: [proposal.team], groups: {} },
    teamsEdited: false,
    removedTeams: [],
    stages: ctx.stages,
    stagesEdited: false,
    progress: proposal.progress,
    evidence: proposal.evidence,
    deletedEvidence: {},
    settings: {},
    customFiles: [],
  };
  const raised = proposal.activities.filter((a) => a.outcome === 'raise').length;
  const intro = [
    `dsomm scan of ${proposal.source} for ${proposal.team} on ${proposal.day}: ${raised} stage${raised === 1 ? '' : 's'} proposed,`,
    `${proposal.evidence.length} evidence entr${proposal.evidence.length === 1 ? 'y' : 'ies'} with links to the files that show them.`,
    'Import it in the data centre of DSOMM Studio with MERGE: the preview lists every change first.',
    '(Replace would make this file the whole assessment.) It is in the format of a backup: a header,',
    'then teams.yaml, team-progress.yaml and team-evidence.yaml (cut at the "---" lines to commit them).',
    ...ctx.notes,
  ];
  return exportBackupFile(assessment, { model: ctx.model, now: ctx.now, intro });
}

/** The proposal in words, for a pull request or a review: what the scan saw and what it proposes. */
export function proposalMarkdown(proposal: ScanProposal, ctx: ProposalNotes): string {
  const lines = [
    `## DSOMM scan of ${markdownText(proposal.source)} for ${markdownText(proposal.team)}`,
    '',
    `${proposal.day}. ${summaryLine(proposal)}`,
    '',
  ];
  if (proposal.activities.length > 0) {
    lines.push(tableRow(['Activity', 'Now', 'Seen', 'Proposal']), tableRow(['---', '---', '---', '---']));
    for (const a of proposal.activities) {
      lines.push(
        tableRow([
          `${markdownText(a.activity.name)} (${markdownText(a.activity.subDimension)}, level ${a.activity.level})`,
          a.current ? markdownText(statusText(a.current)) : 'unknown',
          markdownText(a.stage.title),
          OUTCOME_WORDS[a.outcome],
        ]),
      );
    }
    lines.push('', '### Why', '');
    for (const a of proposal.activities) {
      lines.push(`**${markdownText(a.activity.name)}**`, '');
      for (const text of new Set(a.findings.map((f) => f.text))) lines.push(`- ${markdownText(text)}`);
      lines.push('');
    }
  }
  if (ctx.notes.length > 0) lines.push('### Notes', '', ...ctx.notes.map((note) => `- ${markdownText(note)}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The proposal as data, for other tools. */
export function proposalJson(proposal: ScanProposal, ctx: ProposalNotes & { readonly extra?: object }): string {
  return `${JSON.stringify(
    {
      team: proposal.team,
      day: proposal.day,
      source: proposal.source,
      activities: proposal.activities.map((a) => ({
        uuid: a.activity.uuid,
        name: a.activity.name,
        current: a.current ? statusText(a.current) : null,
        seen: a.stage.title,
        outcome: a.outcome,
        findings: a.findings.map((f) => ({
          rule: f.ruleId,
          stage: f.stage.title,
          file: f.file,
          line: f.line ?? null,
          text: f.text,
        })),
      })),
      progress: proposal.progress,
      evidence: proposal.evidence,
      notes: ctx.notes,
      ...ctx.extra,
    },
    null,
    2,
  )}\n`;
}

export function summaryLine(proposal: ScanProposal): string {
  const count = (outcome: ActivityProposal['outcome']) =>
    proposal.activities.filter((a) => a.outcome === outcome).length;
  const parts = [`${count('raise')} stage${count('raise') === 1 ? '' : 's'} proposed`];
  if (count('kept') > 0) parts.push(`${count('kept')} kept (the team is at that stage or above)`);
  if (count('not-applicable') > 0) parts.push(`${count('not-applicable')} left alone (not applicable to the team)`);
  if (proposal.activities.length === 0) return 'The scan found nothing the rules know.';
  return `${parts.join(', ')}; ${proposal.evidence.length} evidence entr${proposal.evidence.length === 1 ? 'y' : 'ies'}.`;
}
