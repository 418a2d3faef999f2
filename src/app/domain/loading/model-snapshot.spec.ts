import { parseYamlDocuments } from '../yaml';
import { loadDsomm } from './load-dsomm';
import { modelSnapshot, modelStructure, snapshotDocuments, textHash } from './model-snapshot';

const META = `teamProgressFile: team-progress.yaml
teamEvidenceFile: team-evidence.yaml
progressDefinition:
  Not implemented: {score: 0%}
  Fully implemented: {score: 100%}
teams: [Team A]
activityFiles:
  - default/model.yaml
`;

const MODEL = `---
meta:
  version: 1.0.0
  dimensions:
    Build and Deployment:
      description: From source to production.
      subDimensions:
        Build: Turning source into artifacts.
---
Build and Deployment:
  Build:
    Defined build process:
      description: A long text about the build.
      level: 1
      uuid: f6f7737f-25a9-4317-8de2-09bf59f29b5b
      risk: Builds differ.
      measure: Script it.
      implementation:
        - name: Jenkins
      references:
        samm2: [I-SB-A-1]
      reviewInterval: 6 months
    Signing of code:
      uuid: 3a7c8b2e-1a4f-4c9e-9d2b-6f0e8a1b2c3d
      level: 2
      dependsOn: [Defined build process]
      usefulness: 4
`;

describe('model snapshot', () => {
  it('hashes any change to the text, however small, to another value', () => {
    expect(textHash(MODEL)).toBe(textHash(`${MODEL}`));
    expect(textHash(MODEL)).not.toBe(textHash(MODEL.replace('level: 2', 'level: 3')));
    expect(textHash(MODEL)).not.toBe(textHash(`${MODEL} `));
    expect(textHash('ab')).not.toBe(textHash('ba'));
  });

  it('keeps what places, counts and scores an activity, and leaves the prose out', () => {
    const parsed = parseYamlDocuments(MODEL, 'default/model.yaml');
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const [header, body] = modelStructure(parsed.value) as Record<string, Record<string, unknown>>[];
    expect(header['meta']).toEqual({ version: '1.0.0' });
    expect(body['Build and Deployment']).toEqual({
      Build: {
        'Defined build process': { uuid: 'f6f7737f-25a9-4317-8de2-09bf59f29b5b', level: 1, reviewInterval: '6 months' },
        'Signing of code': {
          uuid: '3a7c8b2e-1a4f-4c9e-9d2b-6f0e8a1b2c3d',
          level: 2,
          dependsOn: ['Defined build process'],
          usefulness: 4,
        },
      },
    });
  });

  it('loads the same activities from the snapshot as from the whole file, for that file and text only', () => {
    const files = { 'meta.yaml': META, 'default/model.yaml': MODEL };
    const snapshot = modelSnapshot('default/model.yaml', MODEL);
    const whole = loadDsomm(files);
    const fromSnapshot = loadDsomm(files, { parsed: (path, text) => snapshotDocuments(snapshot, path, text) });
    if (!whole.ok || !fromSnapshot.ok) throw new Error('does not load');
    const activities = (model: typeof whole.value.model) =>
      model.activities.map((a) => [
        a.dimension,
        a.subDimension,
        a.name,
        a.uuid,
        a.level,
        a.dependsOn,
        a.reviewInterval,
      ]);
    expect(activities(fromSnapshot.value.model)).toEqual(activities(whole.value.model));
    expect(fromSnapshot.value.model.activities[0].description).toBeFalsy();
    expect(whole.value.model.activities[0].description).toBe('A long text about the build.');

    expect(snapshotDocuments(snapshot, 'default/model.yaml', MODEL.replace('level: 2', 'level: 3'))).toBeUndefined();
    expect(snapshotDocuments(snapshot, 'custom/model.yaml', MODEL)).toBeUndefined();
    expect(snapshotDocuments(undefined, 'default/model.yaml', MODEL)).toBeUndefined();
    expect(
      snapshotDocuments({ file: 'default/model.yaml', hash: textHash(MODEL) }, 'default/model.yaml', MODEL),
    ).toBeUndefined();
  });

  it("takes the text's SHA-256, when the caller has it and the snapshot records one, as the proof", () => {
    const snapshot = { ...modelSnapshot('default/model.yaml', MODEL)!, sha256: 'a'.repeat(64) };
    expect(snapshotDocuments(snapshot, 'default/model.yaml', MODEL, 'a'.repeat(64))).toEqual(snapshot.documents);
    // Another digest refuses it, though the text's textHash is the recorded one.
    expect(snapshotDocuments(snapshot, 'default/model.yaml', MODEL, 'b'.repeat(64))).toBeUndefined();
    // Without a digest, textHash decides.
    expect(snapshotDocuments(snapshot, 'default/model.yaml', MODEL)).toEqual(snapshot.documents);
    expect(snapshotDocuments(snapshot, 'default/model.yaml', `${MODEL} `)).toBeUndefined();
    // A snapshot without one (an older build) is proven by textHash whatever digest is given.
    const older = modelSnapshot('default/model.yaml', MODEL)!;
    expect(snapshotDocuments(older, 'default/model.yaml', MODEL, 'b'.repeat(64))).toEqual(older.documents);
    expect(snapshotDocuments(older, 'default/model.yaml', `${MODEL} `, 'a'.repeat(64))).toBeUndefined();
  });
});
