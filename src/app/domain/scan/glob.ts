/**
 * A path pattern as rule files write them: `*` any characters but `/`, `**` any folders (or
 * none), `?` one character, `{a,b}` alternatives, `[abc]` a class. A pattern without `/` matches
 * the file's name in any folder, as in .gitignore. Paths are relative, with `/`; letter case is
 * ignored (Windows and macOS checkouts, `Dockerfile` and `dockerfile`).
 */
export function globRegExp(pattern: string): RegExp {
  const anchored = pattern.includes('/');
  const body = translate(pattern.replace(/^\.?\//, ''));
  return new RegExp(anchored ? `^${body}$` : `(?:^|/)${body}$`, 'i');
}

function translate(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${pattern
          .slice(i + 1, close)
          .split(',')
          .map(translate)
          .join('|')})`;
        i = close;
      }
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        out += `[${pattern
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}

/** Whether `path` matches any of the patterns. */
export function matchesAny(path: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(path));
}
