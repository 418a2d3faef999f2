import { fromFiles } from '../assessment/empty-assessment';
import { activityIndex } from '../common/activity-order';
import { SMALL_MODEL, STAGES, uuidOf } from '../testing/model-fixture';
import { Progress } from '../types';
import { FUTURE_SHOWN, previewImport, previewTeamActivities, summarisePreview } from './import-preview';

const BUILD = SMALL_MODEL.activities[0].uuid;
const DEPLOY = uuidOf('Defined deployment process');
const current = fromFiles({ teams: ['A'], groups: {}, stages: STAGES, progress: {}, evidence: [] });
const options = { mode: 'merge', served: current, now: 1, addUnknownTeams: true, teamsReadOnly: false } as const;

describe('summarisePreview', () => {
  it("keeps every count and name the page shows, and leaves each team's activities where the preview was made", () => {
    const progress: Progress = {
      [BUILD]: { A: { stages: { Started: '2026-01-05' } }, B: { stages: { Started: '2026-01-05' } } },
      [DEPLOY]: { A: { stages: { Started: '2026-01-05', 'Fully implemented': '2026-02-01' } } },
    };
    const preview = previewImport(current, { kind: 'progress', progress }, options, '2026-12-05', SMALL_MODEL);
    const summary = summarisePreview(preview);

    expect(summary.diff.totals).toEqual(preview.diff.totals);
    expect(summary.diff.teamList).toEqual(preview.diff.teamList);
    expect(summary.outcome.unknownTeams).toEqual(['B']);
    expect(summary.diff.teams.map((t) => [t.team, t.listed, t.counts.stagesAdded, t.activityCount])).toEqual([
      ['A', true, 3, 2],
      ['B', true, 1, 1],
    ]);
    expect(summary.diff.teams.some((team) => 'activities' in team)).toBeFalse();
    expect('assessment' in summary.outcome).toBeFalse();
    // Small enough to copy across threads at once: no assessment, no per-activity lists.
    expect(structuredClone(summary)).toEqual(summary);
  });

  it('keeps the first future dates and how many there are', () => {
    const teams = Object.fromEntries(
      Array.from({ length: FUTURE_SHOWN + 5 }, (_, i) => [`T${i}`, { stages: { Started: '2099-01-01' } }]),
    );
    const preview = previewImport(current, { kind: 'progress', progress: { [BUILD]: teams } }, options, '2026-12-05');
    const summary = summarisePreview(preview);
    expect(summary.futureCount).toBe(FUTURE_SHOWN + 5);
    expect(summary.future).toEqual(preview.future.slice(0, FUTURE_SHOWN));
  });

  it("names and orders activities the same from a model's uuids and names alone as from the model", () => {
    const progress: Progress = {
      [DEPLOY]: { A: { stages: { Started: '2026-01-05' } } },
      unknown: { A: { stages: { Started: '2026-01-05' } } },
      [BUILD]: { A: { stages: { Started: '2026-01-05' } } },
    };
    const data = { kind: 'progress', progress } as const;
    const names = activityIndex(SMALL_MODEL.activities.map(({ uuid, name }) => ({ uuid, name })));
    const fromNames = previewImport(current, data, options, '2026-12-05', names);
    const fromModel = previewImport(current, data, options, '2026-12-05', SMALL_MODEL);
    expect(fromNames.diff).toEqual(fromModel.diff);
    expect(fromNames.unknowns).toEqual(fromModel.unknowns);
    expect(previewTeamActivities(fromNames, 'A')).toEqual(previewTeamActivities(fromModel, 'A'));
    expect(previewTeamActivities(fromNames, 'A').map((a) => a.name ?? a.uuid)).toEqual([
      'Defined build process',
      'Defined deployment process',
      'unknown',
    ]);
  });
});
