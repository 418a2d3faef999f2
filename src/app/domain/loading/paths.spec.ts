import { fileText, folderOf, resolveFile, resolvePath, sameOriginUrl } from './paths';

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

  describe('resolveFile', () => {
    /** References written to reach another site or climb out of the YAML folder. */
    const HOSTILE = [
      '\\\\evil.example\\p.yaml',
      '\\evil.example/p.yaml',
      '/\\evil.example/p.yaml',
      'https:/evil.example/e.yaml',
      'https://evil.example/e.yaml',
      'HTTP://EVIL.EXAMPLE/e.yaml',
      'https:evil.example/e.yaml',
      '//evil.example/e.yaml',
      ' //evil.example/e.yaml',
      '/\t/evil.example/e.yaml',
      'ht\ttps://evil.example/e.yaml',
      'ht\ntps://evil.example/e.yaml',
      './https:/evil.example/e.yaml',
      'javascript:alert(1)',
      'data:text/plain,teams: [x]',
      'file:///etc/passwd',
      'c:/windows/win.ini',
      '../outside.yaml',
      'default/../../outside.yaml',
      '%2e%2e/outside.yaml',
      'a/%2E./b.yaml',
    ];

    it('refuses every reference that could leave the YAML folder, saying which and why', () => {
      for (const written of HOSTILE) {
        const file = resolveFile('meta.yaml', written, 'teamProgressFile');
        expect(file.path).withContext(written).toBeUndefined();
        expect(file.refused)
          .withContext(written)
          .toMatch(/^teamProgressFile '.+' is not read: it /);
        expect(file.refused).withContext(written).toContain('Only files in the folder of meta.yaml and below are read');
      }
      expect(resolveFile('meta.yaml', 'https:/evil.example/e.yaml', '$ref').refused).toContain(
        "$ref 'https:/evil.example/e.yaml' is not read: it is an address (URL).",
      );
      expect(resolveFile('meta.yaml', '\\\\evil\\p.yaml', 'x').refused).toContain('it contains a backslash');
      expect(resolveFile('meta.yaml', 'a\tb.yaml', 'x').refused).toContain("x 'a\\u0009b.yaml' is not read");
    });

    it('resolves a path inside the folder as resolvePath does', () => {
      expect(resolveFile('meta.yaml', './default//model.yaml', 'x')).toEqual({ path: 'default/model.yaml' });
      expect(resolveFile('default/teams.yaml', '../custom/c.yaml', 'x')).toEqual({ path: 'custom/c.yaml' });
      expect(resolveFile('meta.yaml', '/custom/c.yaml', 'x')).toEqual({ path: 'custom/c.yaml' });
      expect(resolveFile('meta.yaml', 'custom/my team: notes.yaml', 'x')).toEqual({
        path: 'custom/my team: notes.yaml',
      });
      expect(resolveFile('meta.yaml', 'custom/100%.yaml', 'x')).toEqual({ path: 'custom/100%.yaml' });
    });

    it('lets through only paths that the browser resolves inside the YAML folder of the same site', () => {
      const bases = ['http://127.0.0.1:8080/assets/YAML/', 'https://app.example/dsomm/assets/YAML/'];
      const referrers = ['meta.yaml', 'default/teams.yaml'];
      const variants = HOSTILE.flatMap((h) => [h, `./${h}`, `x/../${h}`, `/${h}`]);
      for (const referrer of referrers) {
        for (const written of variants) {
          const { path } = resolveFile(referrer, written, 'x');
          if (path === undefined) continue;
          for (const base of bases) {
            expect(new URL(path, base).href.startsWith(base)).withContext(`${written} -> ${path}`).toBeTrue();
          }
        }
      }
    });
  });

  describe('sameOriginUrl', () => {
    const base = 'http://127.0.0.1:8080/assets/YAML/';

    it('gives the address of a path on the same site', () => {
      expect(sameOriginUrl(base, 'default/model.yaml')).toBe('http://127.0.0.1:8080/assets/YAML/default/model.yaml');
      expect(sameOriginUrl(base, '../other.yaml')).toBe('http://127.0.0.1:8080/assets/other.yaml');
    });

    it('refuses one that the URL parser reads as another site', () => {
      for (const path of ['\\\\evil.example\\p.yaml', '/\\evil/x', 'https:/evil.example', '//evil', 'ht\ttps://evil']) {
        expect(sameOriginUrl(base, path)).withContext(path).toBeUndefined();
      }
      expect(sameOriginUrl(base, 'data:,x')).toBeUndefined();
    });
  });
});
