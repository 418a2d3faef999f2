import { loadDsomm, missingFiles, SourceFiles } from '../domain/loading/load-dsomm';
import { Activity, LoadedData } from '../domain/types';

/** Fetches the bundled YAML files the way the app does (relative to the served assets). */
async function fetchBundled(extra: readonly string[] = []): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const get = async (path: string) => {
    const response = await fetch(`/assets/YAML/${path}`);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    files[path] = await response.text();
  };
  for (let wanted = missingFiles(files); wanted.length > 0; wanted = missingFiles(files)) {
    await Promise.all(wanted.map(get));
  }
  await Promise.all(extra.map(get));
  return files;
}

function loaded(files: SourceFiles, extra: { name: string; text: string }[] = []): LoadedData {
  const result = loadDsomm(files, { extra });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n'));
  return result.value;
}

describe('the bundled model (src/assets/YAML)', () => {
  let files: Record<string, string>;
  let data: LoadedData;

  beforeAll(async () => {
    files = await fetchBundled(['custom/custom-activities.yaml']);
    data = loaded(files);
  });

  it('loads through the real loader without errors or warnings', () => {
    const result = loadDsomm(files);
    expect(result.ok).toBeTrue();
    if (result.ok) expect(result.warnings).toEqual([]);
  });

  it('has 5 dimensions, 19 sub-dimensions and 194 activities, each on level 1 to 5 with a unique uuid', () => {
    const { model } = data;
    expect(model.dimensions.length).toBe(5);
    expect(model.dimensions.flatMap((d) => d.subDimensions).length).toBe(19);
    expect(model.activities.length).toBe(194);
    expect(new Set(model.activities.map((a) => a.uuid)).size).toBe(194);
    expect(model.activities.every((a) => Number.isInteger(a.level) && a.level >= 1 && a.level <= 5)).toBeTrue();
  });

  it('says which OWASP DSOMM release it follows (shown in Settings > Model)', () => {
    expect(data.model.header.basedOn).toMatch(/^OWASP DevSecOps Maturity Model 4\.3\.1 \(.*CC BY-SA 4\.0\)$/);
  });

  it('gives every activity its four texts at a useful length', () => {
    const tooShortOrLong = (a: Activity) =>
      [
        ['description', a.description, 150, 1200],
        ['risk', a.risk, 80, 900],
        ['measure', a.measure, 150, 2000],
        ['assessment', a.assessment, 80, 900],
      ]
        .filter(
          ([, text, min, max]) =>
            (text as string).trim().length < (min as number) || (text as string).length > (max as number),
        )
        .map(([field]) => `${a.name}: ${field}`);
    expect(data.model.activities.flatMap(tooShortOrLong)).toEqual([]);
    const bullets = (a: Activity) =>
      a.assessment
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('- ')).length;
    expect(data.model.activities.filter((a) => bullets(a) < 2 || bullets(a) > 4).map((a) => a.name)).toEqual([]);
  });

  it('describes every dimension and sub-dimension', () => {
    const missing = data.model.dimensions.flatMap((d) => [
      ...(d.description.trim() ? [] : [d.name]),
      ...d.subDimensions.filter((s) => !s.description.trim()).map((s) => s.name),
    ]);
    expect(missing).toEqual([]);
  });

  it('resolves every dependency, with no cycle', () => {
    const { byUuid, activities } = data.model;
    expect(activities.flatMap((a) => a.dependsOn.filter((d) => !byUuid.has(d)))).toEqual([]);
    const state = new Map<string, 'open' | 'done'>();
    const cycle = (uuid: string): boolean => {
      if (state.get(uuid) === 'done') return false;
      if (state.get(uuid) === 'open') return true;
      state.set(uuid, 'open');
      const found = byUuid.get(uuid)!.dependsOn.some(cycle);
      state.set(uuid, 'done');
      return found;
    };
    expect(activities.some((a) => cycle(a.uuid))).toBeFalse();
  });

  it('keeps reference ids as written, e.g. ISO 27001:2022 5.37', () => {
    const build = data.model.activities.find((a) => a.name === 'Defined build process')!;
    expect(build.references.iso27001_2022).toEqual(['5.37', '8.32']);
  });

  it('applies the custom/ example overlay as its comments say', () => {
    const custom = { name: 'custom/custom-activities.yaml', text: files['custom/custom-activities.yaml'] };
    const { model } = loaded(files, [custom]);
    const pinning = model.byUuid.get('f3c4971e-9f4d-4e59-8ed0-f0bdb6262477')!;
    expect(pinning.level).toBe(3);
    expect(pinning.measure).toContain('platform-images');
    expect(pinning.description).toBe(data.model.byUuid.get(pinning.uuid)!.description);
    expect(model.byUuid.has('0cb2626b-fb0d-4a0f-9688-57f787310d97')).toBeFalse();
    const culture = model.dimensions.find((d) => d.name === 'Culture and Organization')!;
    expect(culture.subDimensions.map((s) => s.name)).not.toContain('Process');
    const compliance = model.dimensions.find((d) => d.name === 'Compliance')!;
    expect(compliance.subDimensions[0].activities.map((a) => a.name)).toEqual(['Yearly internal DevSecOps audit']);
    expect(model.byUuid.get('47419324-e263-415b-815d-e7161b6b905e')!.reviewInterval).toEqual({ months: 3, days: 0 });
    const removed = data.model.dimensions
      .find((d) => d.name === 'Culture and Organization')!
      .subDimensions.find((s) => s.name === 'Process')!;
    expect(model.activities.length).toBe(194 - 1 - removed.activities.length + 1);
  });
});
