import { combineProgress } from '../assessment/combine-progress';
import { parseYaml } from '../yaml';
import { SMALL_MODEL, STAGES } from '../testing/model-fixture';
import { Progress, Stage } from '../types';
import { exportProgressFile } from './export-progress-file';
import {
  clearNotApplicable,
  notApplicableKey,
  readNotApplicableKey,
  REASON_MAX_LENGTH,
  setNotApplicable,
} from './not-applicable';
import { parseProgressFile } from './parse-progress-file';
import { setTeamStage } from './set-team-stage';

const UUID = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const ctx = { model: SMALL_MODEL, stages: STAGES, teams: ['Team A', 'Team B'] };

describe('not applicable in team-progress.yaml', () => {
  it('is written as a stage-like key holding the reason, dated, after the stages', () => {
    const progress: Progress = {
      [UUID]: {
        'Team A': { stages: { Started: '2026-03-02' }, notApplicable: { reason: 'We buy SaaS', date: '2026-05-01' } },
        'Team B': { stages: {}, notApplicable: { reason: '', date: '2026-05-02' } },
      },
    };
    expect(exportProgressFile(progress, ctx)).toBe(
      [
        'progress:',
        `  ${UUID}:  # Defined build process`,
        '    Team A:',
        '      Started: 2026-03-02',
        "      'Not applicable: We buy SaaS': 2026-05-01",
        '    Team B:',
        '      Not applicable: 2026-05-02',
        '',
      ].join('\n'),
    );
  });

  it('keeps the shape the peer reads: every team maps titles to dates', () => {
    const progress: Progress = {
      [UUID]: { 'Team A': { stages: {}, notApplicable: { reason: 'No: "containers" #here', date: '2026-05-01' } } },
    };
    const parsed = parseYaml(exportProgressFile(progress, ctx), 'x') as { ok: true; value: Record<string, unknown> };
    expect(parsed.value).toEqual({
      progress: { [UUID]: { 'Team A': { 'Not applicable: No: "containers" #here': '2026-05-01' } } },
    });
  });

  it('round-trips any reason exactly, line breaks, quotes and unicode included', () => {
    for (const reason of [
      '',
      'plain',
      "it's: tricky # not a comment",
      'two\nlines\n',
      ' spaced ',
      '✓ ünïcode',
      '- [x]',
    ]) {
      const progress: Progress = {
        [UUID]: {
          'Team B': { stages: { 'Fully implemented': '2026-01-02' }, notApplicable: { reason, date: '2026-02-03' } },
        },
      };
      const read = parseProgressFile(exportProgressFile(progress, ctx), 'team-progress.yaml', ctx);
      expect(read.ok && read.value)
        .withContext(JSON.stringify(reason))
        .toEqual(progress);
      expect(read.ok && read.warnings)
        .withContext('no unknown-stage warning')
        .toEqual([]);
    }
  });

  it('reads the mark without counting it as a stage, and keeps a real stage of that name a stage', () => {
    const text = `progress:\n  ${UUID}:\n    Team A:\n      'Not applicable: no build': 2026-04-01\n`;
    const read = parseProgressFile(text, 'f', ctx);
    expect(read.ok && read.value[UUID]['Team A']).toEqual({
      stages: {},
      notApplicable: { reason: 'no build', date: '2026-04-01' },
    });
    const stages: Stage[] = [...STAGES.slice(0, 3), { title: 'Not applicable', score: 1, definition: '' }];
    expect(readNotApplicableKey('Not applicable', stages)).toBeUndefined();
    expect(readNotApplicableKey('Not applicable', STAGES)).toBe('');
    expect(readNotApplicableKey('Not applicable: x', STAGES)).toBe('x');
    expect(readNotApplicableKey('Not applicablex', STAGES)).toBeUndefined();
  });

  it('refuses a mark whose value is not a date, like any stage', () => {
    const read = parseProgressFile(`progress:\n  ${UUID}:\n    Team A:\n      Not applicable: soon\n`, 'f', ctx);
    expect(read.ok).toBeFalse();
  });

  it('keeps keys short enough for YAML readers that limit implicit keys to 1024 characters', () => {
    const progress = setNotApplicable({}, UUID, 'Team A', 'x'.repeat(5000), '2026-05-01', 1, STAGES);
    const reason = progress[UUID]['Team A'].notApplicable!.reason;
    expect(reason.length).toBe(REASON_MAX_LENGTH);
    expect(notApplicableKey(reason).length).toBeLessThan(1024);
  });
});

describe('setting and clearing not applicable', () => {
  const start: Progress = { [UUID]: { 'Team A': { stages: { Started: '2026-03-02' } } } };

  it('marks an activity, clearing its stage (not titles the definition lacks), and clears it again', () => {
    const before: Progress = { [UUID]: { 'Team A': { stages: { Started: '2026-03-02', Done: '2026-01-01' } } } };
    const marked = setNotApplicable(before, UUID, 'Team A', '  no build  ', '2026-05-01', 100, STAGES);
    expect(marked[UUID]['Team A']).toEqual({
      stages: { Done: '2026-01-01' },
      notApplicable: { reason: 'no build', date: '2026-05-01' },
      editedAt: 100,
    });
    expect(setNotApplicable(marked, UUID, 'Team A', 'no build', '2026-06-01', 200, STAGES)).toBe(marked);
    const cleared = clearNotApplicable(marked, UUID, 'Team A', 300);
    expect(cleared[UUID]['Team A']).toEqual({ stages: { Done: '2026-01-01' }, editedAt: 300 });
    expect(clearNotApplicable(cleared, UUID, 'Team A', 400)).toBe(cleared);
  });

  it('ends the mark when a stage is set: an activity has a stage or does not apply', () => {
    const marked = setNotApplicable(start, UUID, 'Team A', 'r', '2026-05-01', 100, STAGES);
    const raised = setTeamStage(marked, UUID, 'Team A', 'Fully implemented', '2026-05-02', 200, STAGES);
    expect(raised[UUID]['Team A']).toEqual({
      stages: { Started: '2026-05-02', 'Partly implemented': '2026-05-02', 'Fully implemented': '2026-05-02' },
      editedAt: 200,
    });
  });

  it('lets a cleared mark survive a reload of a file that still has it, and a newer file mark win', () => {
    const file: Progress = { [UUID]: { 'Team A': { stages: {}, notApplicable: { reason: 'r', date: '2026-05-01' } } } };
    const cleared = clearNotApplicable(file, UUID, 'Team A', Date.UTC(2026, 4, 3));
    expect(combineProgress(file, cleared, new Set())[UUID]['Team A'].notApplicable).toBeUndefined();
    const later: Progress = {
      [UUID]: { 'Team A': { stages: {}, notApplicable: { reason: 'r2', date: '2026-05-09' } } },
    };
    expect(combineProgress(later, cleared, new Set())[UUID]['Team A'].notApplicable?.reason).toBe('r2');
  });
});
