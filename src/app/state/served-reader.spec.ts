import { TestBed } from '@angular/core/testing';
import { EARLY_SERVED_READ, ServedReader } from './served-reader';
import { ServedRead } from './read-served';
import { YamlSource } from './yaml-source';
import { provideMemorySource } from './testing/memory-source';

/** The bundled files as the app serves them (the test server serves src/assets). */
const base = () => TestBed.inject(YamlSource).base;
const DAY = '2026-12-06';

describe('ServedReader', () => {
  it('reads the served files over HTTP: the bundled model, its teams and stages', async () => {
    const read = await TestBed.inject(ServedReader).read([], DAY);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.data.model.activities.length).toBe(194);
    expect(read.data.model.byUuid.size).toBe(194);
    expect(read.data.meta.stages.map((s) => s.title)).toContain('Fully implemented');
    expect(read.progress.result.ok).toBeTrue();
  });

  it('takes over the read main.ts started, once, for the first load without custom files', async () => {
    const early: ServedRead = { ok: false, problems: [{ file: 'meta.yaml', message: 'early', severity: 'error' }] };
    TestBed.configureTestingModule({
      providers: [{ provide: EARLY_SERVED_READ, useFactory: () => ({ base: base(), read: Promise.resolve(early) }) }],
    });
    const reader = TestBed.inject(ServedReader);
    expect(await reader.read([], DAY)).toBe(early);
    // A reload reads the files again.
    expect((await reader.read([], DAY)).ok).toBeTrue();
  });

  it('reads again, with them, when the browser holds custom files', async () => {
    const early: ServedRead = { ok: false, problems: [] };
    TestBed.configureTestingModule({
      providers: [{ provide: EARLY_SERVED_READ, useFactory: () => ({ base: base(), read: Promise.resolve(early) }) }],
    });
    const custom = {
      name: 'mine.yaml',
      text: 'Custom dimension:\n  Custom sub:\n    Mine:\n      uuid: 0c5c3cfe-1b4c-4c3f-a0a4-3a9f47cbd2a1\n      level: 1\n',
    };
    const read = await TestBed.inject(ServedReader).read([custom], DAY);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.data.model.activities.map((a) => a.name)).toContain('Mine');
  });

  it('reads again when the early read failed, and reads from a source that is not HTTP', async () => {
    const failed = Promise.reject(new Error('network down'));
    failed.catch(() => undefined);
    TestBed.configureTestingModule({
      providers: [
        provideMemorySource({
          'meta.yaml': 'teamProgressFile: p.yaml\nteamEvidenceFile: e.yaml\nactivityFiles: [m.yaml]\n',
          'm.yaml': 'D:\n  S:\n    A:\n      uuid: 0c5c3cfe-1b4c-4c3f-a0a4-3a9f47cbd2a1\n      level: 1\n',
        }),
        { provide: EARLY_SERVED_READ, useValue: { base: 'memory:', read: failed } },
      ],
    });
    const read = await TestBed.inject(ServedReader).read([], DAY);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.data.model.activities.map((a) => a.name)).toEqual(['A']);
  });
});
