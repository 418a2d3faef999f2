import { fileText, folderOf, resolvePath } from './paths';

describe('paths', () => {
  it('gives the folder of a path, with its slash', () => {
    expect(folderOf('meta.yaml')).toBe('');
    expect(folderOf('default/model.yaml')).toBe('default/');
    expect(folderOf('a/b/c.yaml')).toBe('a/b/');
  });

  it('resolves a path relative to the file that names it', () => {
    expect(resolvePath('meta.yaml', 'default/teams.yaml')).toBe('default/teams.yaml');
    expect(resolvePath('default/teams.yaml', 'groups.yaml')).toBe('default/groups.yaml');
    expect(resolvePath('default/teams.yaml', '../shared/groups.yaml')).toBe('shared/groups.yaml');
    expect(resolvePath('a/b/c.yaml', '../../d.yaml')).toBe('d.yaml');
  });

  it('normalises ./, doubled slashes and a leading slash (the YAML root)', () => {
    expect(resolvePath('meta.yaml', './default//model.yaml')).toBe('default/model.yaml');
    expect(resolvePath('default/x.yaml', './a/./b/../c.yaml')).toBe('default/a/c.yaml');
    expect(resolvePath('default/x.yaml', '/custom/c.yaml')).toBe('custom/c.yaml');
    expect(resolvePath('', 'meta.yaml')).toBe('meta.yaml');
  });

  it('keeps .. that climbs above the root rather than dropping it silently', () => {
    expect(resolvePath('meta.yaml', '../outside.yaml')).toBe('../outside.yaml');
    expect(resolvePath('a/meta.yaml', '../../x/y.yaml')).toBe('../x/y.yaml');
  });

  it('reads only own keys of the file map', () => {
    const files = { 'meta.yaml': 'a: 1' };
    expect(fileText(files, 'meta.yaml')).toBe('a: 1');
    expect(fileText(files, 'constructor')).toBeUndefined();
    expect(fileText(files, 'toString')).toBeUndefined();
  });
});
