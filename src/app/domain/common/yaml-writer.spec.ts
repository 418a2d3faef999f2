import { parseYaml } from '../yaml';
import { flowList, keyValueLines, lineComment } from './yaml-writer';

describe('yaml writer', () => {
  it('writes key: value lines that read back, multi-line values included', () => {
    const values = [
      'plain',
      'yes',
      '',
      ' lead',
      'a: b',
      'one\ntwo',
      ' indented\nfirst',
      'keep\n\n',
      '\nleading newline',
      'tab\tand\r\nCRLF',
    ];
    for (const value of values) {
      const lines = ['top:', ...keyValueLines('    ', 'key', value), '    next: 1'];
      expect(parseYaml(lines.join('\n'), 'x'))
        .withContext(lines.join('\n'))
        .toEqual({ ok: true, value: { top: { key: value, next: 1 } } });
    }
  });

  it('writes flow lists whose items read back', () => {
    const items = ['Team A', 'a, b', '[x]', '{y}', "O'Neil", 'yes', '', 'line\nbreak'];
    expect(parseYaml(`list: ${flowList(items)}`, 'x')).toEqual({ ok: true, value: { list: items } });
    expect(flowList([])).toBe('[]');
  });

  it('keeps a comment on one line', () => {
    expect(lineComment('Two\nlines\r\n here ')).toBe('# Two lines  here');
  });
});
