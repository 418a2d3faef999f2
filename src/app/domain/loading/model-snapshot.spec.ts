import { Model } from '../types';
import { loadDsomm } from './load-dsomm';
import { modelSnapshot, PROSE_FIELDS, snapshotModel, textHash } from './model-snapshot';

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

const FILES = { 'meta.yaml': META, 'default/model.yaml': MODEL };
const WHOLE = loadDsomm(FILES);
const SNAPSHOT = modelSnapshot('default/model.yaml', MODEL, WHOLE)!;
const FIVE_LEVELS = 5;

/** The model as JSON without its prose (texts, implementations, references, descriptions). */
const withoutProse = (model: Model | undefined) =>
  model &&
  JSON.stringify({ ...model, byUuid: [...model.byUuid] }, (key, value: unknown) =>
    PROSE_FIELDS.has(key) || key === 'description' ? undefined : value,
  );

describe('model snapshot', () => {
  it('hashes any change to the text, however small, to another value', () => {
    expect(textHash(MODEL)).toBe(textHash(`${MODEL}`));
    expect(textHash(MODEL)).not.toBe(textHash(MODEL.replace('level: 2', 'level: 3')));
    expect(textHash(MODEL)).not.toBe(textHash(`${MODEL} `));
    expect(textHash('ab')).not.toBe(textHash('ba'));
  });

  it('keeps what places, counts and scores an activity, and leaves the prose out', () => {
    expect(SNAPSHOT.header).toEqual({ version: '1.0.0' });
    expect(SNAPSHOT.levels).toBe(2);
    expect(SNAPSHOT.dimensions).toEqual([
      {
        name: 'Build and Deployment',
        subDimensions: [
          {
            name: 'Build',
            activities: [
              {
                uuid: 'f6f7737f-25a9-4317-8de2-09bf59f29b5b',
                name: 'Defined build process',
                level: 1,
                reviewInterval: { months: 6, days: 0 },
              },
              {
                uuid: '3a7c8b2e-1a4f-4c9e-9d2b-6f0e8a1b2c3d',
                name: 'Signing of code',
                level: 2,
                usefulness: 4,
                dependsOn: ['f6f7737f-25a9-4317-8de2-09bf59f29b5b'],
              },
            ],
          },
        ],
      },
    ]);
    expect(JSON.stringify(SNAPSHOT)).not.toContain('Jenkins');
    expect(JSON.stringify(SNAPSHOT)).not.toContain('A long text');
  });

  it("gives the whole file's model without its prose, for that file and text only", () => {
    if (!WHOLE.ok) throw new Error('does not load');
    const model = snapshotModel(SNAPSHOT, 'default/model.yaml', MODEL, FIVE_LEVELS);
    expect(withoutProse(model)).toBe(withoutProse(WHOLE.value.model));
    expect(model?.activities[0].description).toBe('');
    expect(model?.activities[0].implementation).toEqual([]);
    expect(model?.byUuid.get('3a7c8b2e-1a4f-4c9e-9d2b-6f0e8a1b2c3d')?.name).toBe('Signing of code');
    expect(WHOLE.value.model.activities[0].description).toBe('A long text about the build.');

    const loaded = loadDsomm(FILES, { built: (path, text, levels) => snapshotModel(SNAPSHOT, path, text, levels) });
    expect(loaded.ok && loaded.value.model.activities[0].description).toBe('');
    expect(loaded.ok && loaded.value.meta).toEqual(WHOLE.value.meta);
    // Frozen all the way down, as the loader's own model: a mistaken change fails at once.
    const frozen = (value: unknown): boolean =>
      typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(frozen));
    expect(loaded.ok && loaded.value.model.activities.every(frozen)).toBeTrue();

    const edited = MODEL.replace('level: 2', 'level: 3');
    expect(snapshotModel(SNAPSHOT, 'default/model.yaml', edited, FIVE_LEVELS)).toBeUndefined();
    expect(snapshotModel(SNAPSHOT, 'custom/model.yaml', MODEL, FIVE_LEVELS)).toBeUndefined();
    expect(snapshotModel(undefined, 'default/model.yaml', MODEL, FIVE_LEVELS)).toBeUndefined();
    // A meta.yaml with fewer levels than the model uses makes the loader report them: read as it is.
    expect(snapshotModel(SNAPSHOT, 'default/model.yaml', MODEL, 1)).toBeUndefined();
    expect(snapshotModel({ ...SNAPSHOT, levels: undefined }, 'default/model.yaml', MODEL, FIVE_LEVELS)).toBeUndefined();
  });

  it('is not used with an overlay: the loader applies the files in order', () => {
    const overlay =
      'Build and Deployment:\n  Build:\n    Signing of code:\n      uuid: 3a7c8b2e-1a4f-4c9e-9d2b-6f0e8a1b2c3d\n      level: 1\n';
    const files = {
      ...FILES,
      'meta.yaml': META.replace('  - default/model.yaml\n', '  - default/model.yaml\n  - custom/overlay.yaml\n'),
      'custom/overlay.yaml': overlay,
    };
    let asked = 0;
    const loaded = loadDsomm(files, {
      built: (path, text, levels) => {
        asked++;
        return snapshotModel(SNAPSHOT, path, text, levels);
      },
    });
    expect(asked).toBe(0);
    expect(loaded.ok && loaded.value.model.byUuid.get('3a7c8b2e-1a4f-4c9e-9d2b-6f0e8a1b2c3d')?.level).toBe(1);
  });

  it('is not made of a file that loads with problems', () => {
    const warned = MODEL.replace(
      '      usefulness: 4\n',
      '      usefulness: 4\n      difficultyOfImplementation: {knowledge: 1}\n',
    );
    const loaded = loadDsomm({ ...FILES, 'default/model.yaml': warned });
    expect(loaded.ok && loaded.warnings.length).toBeGreaterThan(0);
    expect(modelSnapshot('default/model.yaml', warned, loaded)).toBeUndefined();
  });

  it("takes the text's SHA-256, when the caller has it and the snapshot records one, as the proof", () => {
    const snapshot = { ...SNAPSHOT, sha256: 'a'.repeat(64) };
    expect(snapshotModel(snapshot, 'default/model.yaml', MODEL, FIVE_LEVELS, 'a'.repeat(64))).toBeDefined();
    // Another digest refuses it, though the text's textHash is the recorded one.
    expect(snapshotModel(snapshot, 'default/model.yaml', MODEL, FIVE_LEVELS, 'b'.repeat(64))).toBeUndefined();
    // Without a digest, textHash decides.
    expect(snapshotModel(snapshot, 'default/model.yaml', MODEL, FIVE_LEVELS)).toBeDefined();
    expect(snapshotModel(snapshot, 'default/model.yaml', `${MODEL} `, FIVE_LEVELS)).toBeUndefined();
    // A snapshot without one (an older build) is proven by textHash whatever digest is given.
    expect(snapshotModel(SNAPSHOT, 'default/model.yaml', MODEL, FIVE_LEVELS, 'b'.repeat(64))).toBeDefined();
    expect(snapshotModel(SNAPSHOT, 'default/model.yaml', `${MODEL} `, FIVE_LEVELS, 'a'.repeat(64))).toBeUndefined();
  });
});
