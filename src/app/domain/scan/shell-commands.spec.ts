import { shellCommands } from './shell-commands';

const texts = (script: string) => shellCommands(script).map((c) => [c.line, c.text]);

describe('shellCommands', () => {
  it('splits lines and operators, outside quotes', () => {
    expect(texts('npm ci && npm test; echo "a; b | c"\nmake build | tee log')).toEqual([
      [0, 'npm ci'],
      [0, 'npm test'],
      [0, 'echo a; b | c'],
      [1, 'make build'],
      [1, 'tee log'],
    ]);
  });

  it('a commented-out command is not a command; a # inside a word or quotes is kept', () => {
    expect(texts('# semgrep ci\nsemgrep ci # with a comment\ncurl "http://x/#frag" a#b')).toEqual([
      [1, 'semgrep ci'],
      [2, 'curl http://x/#frag a#b'],
    ]);
  });

  it('joins lines continued with a backslash, at the line the command starts', () => {
    expect(texts('echo start\ntrivy image \\\n  --exit-code 1 \\\n  --severity HIGH,CRITICAL app')).toEqual([
      [0, 'echo start'],
      [1, 'trivy image --exit-code 1 --severity HIGH,CRITICAL app'],
    ]);
  });

  it('skips here-document bodies', () => {
    expect(texts("cat <<'EOF' > f.sh\nsemgrep ci\nEOF\ngitleaks detect")).toEqual([
      [0, 'cat > f.sh'],
      [3, 'gitleaks detect'],
    ]);
  });

  it('drops what only runs the command: env assignments, sudo, npx, shell keywords', () => {
    expect(texts('CI=1 npx --yes @cyclonedx/cyclonedx-npm --output-file sbom.json')).toEqual([
      [0, 'cyclonedx-npm --output-file sbom.json'],
    ]);
    expect(texts('if sudo semgrep ci; then echo ok; fi')).toEqual([
      [0, 'semgrep ci'],
      [0, 'echo ok'],
    ]);
    expect(shellCommands('./node_modules/.bin/eslint .')[0].program).toBe('eslint');
  });
});
