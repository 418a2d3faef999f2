import { errorAt } from './problems';
import { placeIssue, pointerTokens, resolveRefs } from './refs';

describe('pointerTokens', () => {
  it('splits a JSON pointer and unescapes ~1 and ~0 (in that order)', () => {
    expect(pointerTokens('')).toEqual([]);
    expect(pointerTokens('/')).toEqual(['']);
    expect(pointerTokens('/teams')).toEqual(['teams']);
    expect(pointerTokens('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1']);
  });

  it('decodes percent escapes as in a URI fragment, and takes a bare % literally', () => {
    expect(pointerTokens('/teamGroups/Dev%20Ops')).toEqual(['teamGroups', 'Dev Ops']);
    expect(pointerTokens('/100%')).toEqual(['100%']);
  });

  it('rejects a pointer that does not start with /', () => {
    expect(pointerTokens('teams')).toBeUndefined();
  });
});

describe('resolveRefs', () => {
  it('resolves a ref to another file, relative to the referring file', () => {
    const files = {
      'meta.yaml': "teams: {$ref: 'default/teams.yaml#/teams'}\nlang: en\n",
      'default/teams.yaml': 'teams: [Team A, Team B]\nteamGroups: {}\n',
    };
    const refs = resolveRefs('meta.yaml', files);
    expect(refs.value).toEqual({ teams: ['Team A', 'Team B'], lang: 'en' });
    expect(refs.problems).toEqual([]);
    expect(refs.missing).toEqual([]);
    expect(refs.readable).toBeTrue();
    expect(refs.origins).toEqual([{ at: ['teams'], file: 'default/teams.yaml', pointer: ['teams'] }]);
  });

  it('resolves refs in referenced files recursively, relative to each file (../ and ./)', () => {
    const files = {
      'meta.yaml': "teams: {$ref: 'default/teams.yaml#/teams'}\n",
      'default/teams.yaml': "teams: {$ref: '../shared/all.yaml#/list'}\n",
      'shared/all.yaml': "list: [{$ref: './one.yaml#/name'}, B]\n",
      'shared/one.yaml': 'name: A\n',
    };
    const refs = resolveRefs('meta.yaml', files);
    expect(refs.problems).toEqual([]);
    expect(refs.value).toEqual({ teams: ['A', 'B'] });
  });

  it('resolves #/pointer within the same file, and a ref without # to the whole file', () => {
    const files = {
      'meta.yaml': "shared: [X, Y]\nteams: {$ref: '#/shared'}\nall: {$ref: 'other.yaml'}\n",
      'other.yaml': 'a: 1\n',
    };
    expect(resolveRefs('meta.yaml', files).value).toEqual({ shared: ['X', 'Y'], teams: ['X', 'Y'], all: { a: 1 } });
  });

  it('follows escaped, percent-encoded and list-index pointers', () => {
    const files = {
      'meta.yaml':
        "a: {$ref: 't.yaml#/a~1b'}\nb: {$ref: 't.yaml#/c~0d'}\nc: {$ref: 't.yaml#/Dev%20Ops'}\nd: {$ref: 't.yaml#/list/1'}\n",
      't.yaml': 'a/b: 1\nc~d: 2\nDev Ops: 3\nlist: [x, y]\n',
    };
    expect(resolveRefs('meta.yaml', files).value).toEqual({ a: 1, b: 2, c: 3, d: 'y' });
  });

  it('follows a ref met on the way down a pointer, and a ref to a ref', () => {
    const files = {
      'meta.yaml': "teams: {$ref: 'a.yaml#/groups/dev'}\nlang: {$ref: 'a.yaml#/alias'}\n",
      'a.yaml': "groups: {$ref: 'b.yaml#/all'}\nalias: {$ref: '#/real'}\nreal: de\n",
      'b.yaml': 'all: {dev: [D1, D2]}\n',
    };
    const refs = resolveRefs('meta.yaml', files);
    expect(refs.problems).toEqual([]);
    expect(refs.value).toEqual({ teams: ['D1', 'D2'], lang: 'de' });
    expect(refs.origins).toContain({ at: ['teams'], file: 'b.yaml', pointer: ['all', 'dev'] });
  });

  it('reports a missing file, naming the referring file, the ref and the missing file', () => {
    const files = { 'meta.yaml': "lang: en\nteams: {$ref: 'default/teams.yaml#/teams'}\n" };
    const refs = resolveRefs('meta.yaml', files);
    expect(refs.missing).toEqual(['default/teams.yaml']);
    expect(refs.problems).toEqual([
      {
        file: 'meta.yaml',
        line: 2,
        path: 'teams',
        message: "$ref 'default/teams.yaml#/teams': the file default/teams.yaml is missing.",
        severity: 'error',
        code: 'file-missing',
        missingFile: 'default/teams.yaml',
      },
    ]);
  });

  it('reports a pointer with no target, naming file and pointer', () => {
    const files = {
      'meta.yaml': "teams: {$ref: 'default/teams.yaml#/teams'}\n",
      'default/teams.yaml': "groups:\n  x: {$ref: '#/nowhere/1'}\nlist: [a]\nteams: {$ref: '#/list/5'}\n",
    };
    const refs = resolveRefs('meta.yaml', files);
    expect(refs.problems).toEqual([
      {
        file: 'default/teams.yaml',
        line: 4,
        path: 'teams',
        message: "$ref '#/list/5': default/teams.yaml has nothing at '/list/5'.",
        severity: 'error',
      },
    ]);
    expect(resolveRefs('meta.yaml', { 'meta.yaml': "a: {$ref: '#/b/c'}\nb: {c0: 1}\n" }).problems[0].message).toBe(
      "$ref '#/b/c': meta.yaml has nothing at '/b/c'.",
    );
  });

  it('does not index a list with something that is not a plain decimal', () => {
    const files = { 'meta.yaml': "l: [a, b]\nx: {$ref: '#/l/01'}\ny: {$ref: '#/l/-'}\nz: {$ref: '#/l/0/k'}\n" };
    expect(resolveRefs('meta.yaml', files).problems.map((p) => p.path)).toEqual(['x', 'y', 'z']);
  });

  it('reports ref cycles, across files and within one, naming the chain', () => {
    const files = {
      'meta.yaml': "teams: {$ref: 'a.yaml#/x'}\n",
      'a.yaml': "x: {$ref: 'b.yaml#/y'}\n",
      'b.yaml': "y: {$ref: 'a.yaml#/x'}\n",
    };
    const refs = resolveRefs('meta.yaml', files);
    expect(refs.problems).toEqual([
      jasmine.objectContaining({ file: 'b.yaml', path: 'y', message: '$ref cycle: a.yaml#/x → b.yaml#/y → a.yaml#/x' }),
    ]);
    expect(refs.value).toEqual({ teams: undefined });
  });

  it('reports a value that contains a ref to itself, and a ref to the entry from inside it', () => {
    const inside = resolveRefs('meta.yaml', { 'meta.yaml': "a:\n  b: {$ref: '#/a'}\n" });
    expect(inside.problems.map((p) => p.message)).toEqual(['$ref cycle: meta.yaml#/a → meta.yaml#/a']);
    const root = resolveRefs('meta.yaml', { 'meta.yaml': "a: {$ref: '#'}\n" });
    expect(root.problems.map((p) => p.message)).toEqual(['$ref cycle: meta.yaml# → meta.yaml#']);
  });

  it('reports a YAML alias that contains itself instead of looping', () => {
    const refs = resolveRefs('meta.yaml', { 'meta.yaml': 'a: &x [1, *x]\n' });
    expect(refs.problems).toEqual([
      jasmine.objectContaining({ file: 'meta.yaml', severity: 'error', path: 'a > item 2' }),
    ]);
  });

  it('rejects a $ref that is not text, or whose pointer lacks the slash', () => {
    const refs = resolveRefs('meta.yaml', { 'meta.yaml': "a: {$ref: 3}\nb: {$ref: ''}\nc: {$ref: 'x.yaml#teams'}\n" });
    expect(refs.problems.map((p) => [p.path, p.message])).toEqual([
      ['a', "$ref must be text such as 'file.yaml#/key'."],
      ['b', "$ref must be text such as 'file.yaml#/key'."],
      ['c', "$ref 'x.yaml#teams': the pointer must start with '/'."],
    ]);
  });

  it('warns about keys next to $ref, which JSON Reference ignores', () => {
    const refs = resolveRefs('meta.yaml', { 'meta.yaml': "a: {$ref: '#/b', note: hi}\nb: 1\n" });
    expect(refs.value).toEqual({ a: 1, b: 1 });
    expect(refs.problems).toEqual([
      jasmine.objectContaining({ path: 'a', severity: 'warning', message: 'Keys next to $ref are ignored.' }),
    ]);
  });

  it('leaves undefined where a ref failed: kept as a map key, dropped from a list', () => {
    const refs = resolveRefs('meta.yaml', {
      'meta.yaml': "teams: [A, {$ref: 'x.yaml#/t'}, B]\nlang: {$ref: '#/nope'}\n",
    });
    expect(refs.value).toEqual({ teams: ['A', 'B'], lang: undefined });
    expect(Object.keys(refs.value as object)).toEqual(['teams', 'lang']);
  });

  it('reports the syntax error of a referenced file once, and does not call it missing', () => {
    const refs = resolveRefs('meta.yaml', {
      'meta.yaml': "a: {$ref: 't.yaml#/a'}\nb: {$ref: 't.yaml#/b'}\n",
      't.yaml': 'a: [\n',
    });
    expect(refs.missing).toEqual([]);
    expect(refs.problems).toEqual([
      jasmine.objectContaining({ file: 't.yaml', message: jasmine.stringContaining('YAML syntax error') }),
    ]);
  });

  it('says the entry is unreadable when it has a syntax error', () => {
    const refs = resolveRefs('meta.yaml', { 'meta.yaml': 'a: [\n' });
    expect(refs.readable).toBeFalse();
    expect(refs.problems[0].file).toBe('meta.yaml');
  });

  it('gives up on a file whose refs fan out beyond reason', () => {
    const lines = ['l0: x'];
    for (let i = 1; i <= 12; i++) lines.push(`l${i}: [{$ref: '#/l${i - 1}'}, {$ref: '#/l${i - 1}'}]`);
    const refs = resolveRefs('meta.yaml', { 'meta.yaml': lines.join('\n') });
    expect(refs.problems.map((p) => p.message)).toEqual(['More than 1000 $refs to follow; giving up.']);
  });
});

describe('placeIssue', () => {
  const files = {
    'meta.yaml': "lang: en\nteamGroups: {$ref: 'default/teams.yaml#/teamGroups'}\n",
    'default/teams.yaml': 'teams: [A]\nteamGroups:\n  Dev: [A]\n  Ops: [Z]\n',
  };
  const { origins } = resolveRefs('meta.yaml', files);

  it('places a problem in the file a ref pulled the value from, at its path there', () => {
    expect(placeIssue(errorAt(['teamGroups', 'Ops'], 'bad'), 'meta.yaml', origins, files)).toEqual({
      file: 'default/teams.yaml',
      line: 4,
      path: 'teamGroups > Ops',
      message: 'bad',
      severity: 'error',
    });
  });

  it('keeps a problem about a value written in meta.yaml itself there', () => {
    expect(placeIssue(errorAt(['lang'], 'bad'), 'meta.yaml', origins, files)).toEqual({
      file: 'meta.yaml',
      line: 1,
      path: 'lang',
      message: 'bad',
      severity: 'error',
    });
  });
});
