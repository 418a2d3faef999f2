import { Activity, Evidence, Model, Progress, Stage, TeamProgress } from '../types';
import { contentId } from '../common/content-id';
import { ownValue } from '../common/own-value';
import { ActivityStatus, StatusRules } from '../status/activity-status';
import { Finding, RuleMatch } from './scan-repository';

export interface ProposalContext {
  readonly team: string;
  /** YYYY-MM-DD: the date of the proposed stages and of the evidence. */
  readonly day: string;
  readonly stages: readonly Stage[];
  readonly model: Model;
  /** The team's progress now; undefined when it is not known (nothing can be known to be kept). */
  readonly progress?: Progress;
  /** No proposal goes above this stage (a team with several repositories). */
  readonly maxStage?: Stage;
  /** The repository's name, in evidence titles. */
  readonly source: string;
  /** The link of a file and line in the repository. */
  readonly link: (file: string, line?: number) => string;
}

/**
 * What happens to an activity: `raise` writes the stage (the team is below it, or has not assessed
 * it), `kept` leaves the team's stage (it is at or above what the scan saw; the evidence is still
 * offered), `not-applicable` leaves the team's mark alone and offers nothing.
 */
export type ProposalOutcome = 'raise' | 'kept' | 'not-applicable';

export interface ProposalFinding extends Finding {
  readonly ruleId: string;
  readonly stage: Stage;
}

export interface ActivityProposal {
  readonly activity: Activity;
  /** The highest stage the findings support, within maxStage. */
  readonly stage: Stage;
  /** The team's status on the day; undefined when its progress is not known. */
  readonly current?: ActivityStatus;
  readonly outcome: ProposalOutcome;
  readonly findings: readonly ProposalFinding[];
  /** The team's entry with the stage added (outcome `raise`): every date it had is kept. */
  readonly entry?: TeamProgress;
  readonly evidence?: Evidence;
}

export interface ScanProposal {
  readonly team: string;
  readonly day: string;
  readonly source: string;
  /** In model order. */
  readonly activities: readonly ActivityProposal[];
  /** The raised entries: uuid -> team -> entry. */
  readonly progress: Progress;
  readonly evidence: readonly Evidence[];
}

/** Evidence links per entry: enough to review, few enough to read. */
const MAX_LINKS = 10;

/**
 * Turns what a scan saw into a proposal for one team, judged with the one status rule of the app
 * (StatusRules): never a stage lower than the team's, never over a "not applicable" mark, every
 * date the team had kept, and each stage explained by the findings that support it.
 */
export function proposeFromScan(matches: readonly RuleMatch[], ctx: ProposalContext): ScanProposal {
  const byActivity = new Map<string, ProposalFinding[]>();
  for (const { rule, findings } of matches) {
    const list = byActivity.get(rule.activity) ?? [];
    list.push(...findings.map((finding) => ({ ...finding, ruleId: rule.id, stage: rule.stage })));
    byActivity.set(rule.activity, list);
  }
  const status = new StatusRules(ctx.stages, ctx.day);
  const activities: ActivityProposal[] = [];
  for (const activity of ctx.model.activities) {
    const all = byActivity.get(activity.uuid);
    if (!all) continue;
    // One place seen by a strong and a weak rule (every Dockerfile non-root, and one) is told once.
    const seen = new Set<string>();
    const findings = [...all]
      .sort((a, b) => b.stage.score - a.stage.score)
      .filter((f) => {
        const key = `${f.file}:${f.line ?? ''}`;
        return !seen.has(key) && !!seen.add(key);
      });
    let stage = findings.reduce((top, f) => (f.stage.score > top.score ? f.stage : top), findings[0].stage);
    if (ctx.maxStage && stage.score > ctx.maxStage.score) stage = ctx.maxStage;
    const existing = ctx.progress ? ownValue(ownValue(ctx.progress, activity.uuid), ctx.team) : undefined;
    const current = ctx.progress ? status.of(existing) : undefined;
    if (current?.kind === 'not-applicable') {
      activities.push({ activity, stage, current, outcome: 'not-applicable', findings });
      continue;
    }
    const evidence = evidenceOf(activity, stage, findings, ctx);
    if (current?.kind === 'stage' && current.stage!.score >= stage.score) {
      activities.push({ activity, stage, current, outcome: 'kept', findings, evidence });
      continue;
    }
    const entry: TeamProgress = {
      ...(existing?.notApplicable ? { notApplicable: existing.notApplicable } : {}),
      stages: { ...(existing?.stages ?? {}), [stage.title]: ctx.day },
    };
    activities.push({ activity, stage, ...(current ? { current } : {}), outcome: 'raise', findings, entry, evidence });
  }
  const progress: Record<string, Record<string, TeamProgress>> = {};
  for (const proposal of activities)
    if (proposal.entry) progress[proposal.activity.uuid] = { [ctx.team]: proposal.entry };
  return {
    team: ctx.team,
    day: ctx.day,
    source: ctx.source,
    activities,
    progress,
    evidence: activities.flatMap((p) => p.evidence ?? []),
  };
}

function evidenceOf(
  activity: Activity,
  stage: Stage,
  findings: readonly ProposalFinding[],
  ctx: ProposalContext,
): Evidence {
  const sentences = [...new Set(findings.map((f) => f.text))];
  const links = [...new Set(findings.map((f) => ctx.link(f.file, f.line)))].slice(0, MAX_LINKS);
  const says = [...new Set(findings.map((f) => f.says))];
  const title = `${ctx.source}: ${says[0]}${says.length > 1 ? ` (and ${says.length - 1} more)` : ''}`;
  return {
    // The same repository, team and activity give the same id: a later scan updates the entry.
    id: contentId(['dsomm scan', ctx.source, ctx.team, activity.uuid]),
    activityUuid: activity.uuid,
    teams: [ctx.team],
    title,
    description: [
      `Seen by dsomm scan in ${ctx.source} on ${ctx.day}:`,
      '',
      ...sentences.map((s) => `- ${s}`),
      '',
      `This supports "${stage.title}" for this repository.`,
    ].join('\n'),
    evidenceRecorded: ctx.day,
    reviewer: '',
    // The evidence index shows who recorded an entry: this one was written by the scan, unreviewed.
    recordedBy: 'dsomm scan',
    attachments: links.map((externalLink) => ({ type: 'link', externalLink })),
  };
}

/**
 * The link of a file and line: a relative path (`ci.yml#L42`), or a URL template with `{path}` and
 * `{line}` (`https://git.example.com/org/repo/blob/main/{path}#L{line}`). Path segments are
 * URL-encoded in a template.
 */
export function linkMaker(template: string | undefined): (file: string, line?: number) => string {
  if (template === undefined) return (file, line) => (line === undefined ? file : `${file}#L${line}`);
  return (file, line) => {
    const path = file.split('/').map(encodeURIComponent).join('/');
    const withLine = line === undefined ? template.replace(/#L?\{line\}/, '') : template;
    return withLine.replaceAll('{path}', path).replaceAll('{line}', String(line ?? 1));
  };
}
