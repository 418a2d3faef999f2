import { sizeLabel } from '../common/size-label';
import { decodeImportText, importSizeProblem, MAX_IMPORT_BYTES } from './import-text';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('import text', () => {
  it('reads UTF-8, dropping a byte order mark', () => {
    expect(decodeImportText(utf8('\uFEFFprogress:\n'), 'p.yaml')).toEqual({
      ok: true,
      value: 'progress:\n',
      warnings: [],
    });
    expect(decodeImportText(utf8('teams: [Ünïcødé 团队 🚀]'), 't.yaml')).toEqual({
      ok: true,
      value: 'teams: [Ünïcødé 团队 🚀]',
      warnings: [],
    });
  });

  it('reads UTF-16 with a byte order mark', () => {
    const text = 'teams: [A]';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((char, i) => bytes.set([char.charCodeAt(0), 0], 2 + i * 2));
    expect(decodeImportText(bytes, 't.yaml')).toEqual({ ok: true, value: text, warnings: [] });
  });

  it('refuses binary data: bytes that are not UTF-8', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = decodeImportText(png, 'picture.yaml');
    expect(result.ok).toBeFalse();
    expect(!result.ok && result.problems[0]).toEqual({
      file: 'picture.yaml',
      message: 'This is not a text file (it is not UTF-8 text); the app reads YAML files.',
      severity: 'error',
    });
  });

  it('refuses binary data: NUL characters, naming the line', () => {
    const result = decodeImportText(utf8('progress:\n  a:\u0000\n'), 'p.yaml');
    expect(!result.ok && result.problems[0].line).toBe(2);
    expect(!result.ok && result.problems[0].message).toMatch(/binary data/);
  });

  it('refuses files over the limit before reading them, and says how big they are', () => {
    expect(importSizeProblem('big.yaml', MAX_IMPORT_BYTES)).toBeUndefined();
    const problem = importSizeProblem('big.yaml', 60 * 1024 * 1024);
    expect(problem?.message).toContain('The file is 60.0 MB; the largest file the app reads is 50.0 MB.');
    expect(problem?.file).toBe('big.yaml');
    const result = decodeImportText(new Uint8Array(MAX_IMPORT_BYTES + 1), 'big.yaml');
    expect(!result.ok && result.problems[0].message).toMatch(/largest file/);
  });

  it('labels sizes', () => {
    expect([512, 2048, 13.2 * 1024 * 1024].map(sizeLabel)).toEqual(['512 bytes', '2.0 kB', '13.2 MB']);
  });
});
