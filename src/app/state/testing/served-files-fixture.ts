/** The uuid of the one activity of `SERVED_FILES`' model. */
export const BUILD_UUID = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';

/**
 * A small set of served files (paths relative to assets/YAML/): two teams, the four usual stages,
 * a model of one activity, and empty progress and evidence files.
 */
export const SERVED_FILES: Readonly<Record<string, string>> = {
  'meta.yaml': [
    'teamProgressFile: team-progress.yaml',
    'teamEvidenceFile: team-evidence.yaml',
    'progressDefinition:',
    '  Not implemented: {score: 0%, definition: x}',
    '  Started: {score: 20%, definition: x}',
    '  Partly implemented: {score: 50%, definition: x}',
    '  Fully implemented: {score: 100%, definition: x}',
    'teams: [Team A, Team B]',
    'teamGroups: {}',
    'activityFiles: [default/model.yaml]',
  ].join('\n'),
  'default/model.yaml': `Build and Deployment:\n  Build:\n    Defined build process:\n      uuid: ${BUILD_UUID}\n      level: 1\n`,
  'team-progress.yaml': 'progress:\n',
  'team-evidence.yaml': 'evidence:\n',
};
