import { AssessmentState, Evidence, Progress, Settings, Stage, Teams } from '../types';

/** The layout version of what the browser stores; bump it with a migration when the shape changes. */
export const PERSISTED_SCHEMA = 1;

type Check = { ok: true; value: AssessmentState } | { ok: false; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Checks that a value read back from browser storage has the shape of an AssessmentState before the
 * app trusts it. Anything else (an older or newer schema, a half-written or tampered value) is
 * rejected with a reason, so start-up can keep the raw value for download instead of crashing.
 */
export function readPersistedAssessment(raw: unknown): Check {
  if (!isRecord(raw)) return { ok: false, reason: 'the stored value is not an object' };
  if (raw['schema'] !== PERSISTED_SCHEMA) {
    return {
      ok: false,
      reason: `the stored data has layout version ${String(raw['schema'])}, expected ${PERSISTED_SCHEMA}`,
    };
  }
  const value = raw['value'];
  if (!isRecord(value)) return { ok: false, reason: 'the stored assessment is missing' };
  const teams = value['teams'];
  if (!isRecord(teams) || !isStringArray(teams['teams']) || !isRecord(teams['groups'])) {
    return { ok: false, reason: 'the stored teams are malformed' };
  }
  if (!Object.values(teams['groups']).every(isStringArray))
    return { ok: false, reason: 'the stored groups are malformed' };
  if (!Array.isArray(value['stages']) || !value['stages'].every(isStage)) {
    return { ok: false, reason: 'the stored progress stages are malformed' };
  }
  if (!isProgress(value['progress'])) return { ok: false, reason: 'the stored progress is malformed' };
  if (!Array.isArray(value['evidence']) || !value['evidence'].every(isEvidence)) {
    return { ok: false, reason: 'the stored evidence is malformed' };
  }
  const deleted = value['deletedEvidence'];
  if (!isRecord(deleted) || !Object.values(deleted).every((v) => typeof v === 'number')) {
    return { ok: false, reason: 'the stored evidence deletions are malformed' };
  }
  const custom = value['customFiles'];
  if (
    !Array.isArray(custom) ||
    !custom.every((f) => isRecord(f) && typeof f['name'] === 'string' && typeof f['text'] === 'string')
  ) {
    return { ok: false, reason: 'the stored custom activity files are malformed' };
  }
  if (!isStringArray(value['removedTeams']) || !isRecord(value['settings'])) {
    return { ok: false, reason: 'the stored settings are malformed' };
  }
  const reportConfig = value['settings']['reportConfig'];
  if (reportConfig !== undefined && !isRecord(reportConfig)) {
    return { ok: false, reason: 'the stored report configuration is malformed' };
  }
  // Optional (added after schema 1 was first written): absent in older stored data.
  const targets = value['targets'];
  if (targets !== undefined && !isTargets(targets))
    return { ok: false, reason: 'the stored target levels are malformed' };
  return {
    ok: true,
    value: {
      teams: teams as unknown as Teams,
      teamsEdited: value['teamsEdited'] === true,
      removedTeams: value['removedTeams'],
      stages: value['stages'] as Stage[],
      stagesEdited: value['stagesEdited'] === true,
      progress: value['progress'] as Progress,
      evidence: value['evidence'] as Evidence[],
      deletedEvidence: deleted as Record<string, number>,
      settings: value['settings'] as Settings,
      customFiles: custom as { name: string; text: string }[],
      ...(targets === undefined ? {} : { targets: targets as Record<string, number> }),
    },
  };
}

function isTargets(value: unknown): boolean {
  return isRecord(value) && Object.values(value).every((level) => Number.isInteger(level) && (level as number) >= 1);
}

function isNotApplicable(value: unknown): boolean {
  return (
    value === undefined || (isRecord(value) && typeof value['reason'] === 'string' && typeof value['date'] === 'string')
  );
}

function isStage(value: unknown): boolean {
  return isRecord(value) && typeof value['title'] === 'string' && typeof value['score'] === 'number';
}

function isProgress(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return Object.values(value).every(
    (teams) =>
      isRecord(teams) &&
      Object.values(teams).every(
        (entry) =>
          isRecord(entry) &&
          isRecord(entry['stages']) &&
          Object.values(entry['stages']).every((date) => typeof date === 'string') &&
          (entry['editedAt'] === undefined || typeof entry['editedAt'] === 'number') &&
          isNotApplicable(entry['notApplicable']),
      ),
  );
}

function isEvidence(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['activityUuid'] === 'string' &&
    isStringArray(value['teams']) &&
    typeof value['title'] === 'string' &&
    Array.isArray(value['attachments']) &&
    // Added later (who recorded and reviewed it, when): absent in older stored data.
    ['recordedBy', 'reviewed', 'reviewedDigest'].every(
      (key) => value[key] === undefined || typeof value[key] === 'string',
    )
  );
}
