import { finalStage, parseDockerfile } from './dockerfile';

const DIGEST = `@sha256:${'a'.repeat(64)}`;

describe('parseDockerfile', () => {
  it('reads instructions with continuation lines, comment lines inside them, and here-documents', () => {
    const file = parseDockerfile(
      [
        '# syntax=docker/dockerfile:1',
        'FROM node:20',
        'RUN npm ci \\',
        '  # a note',
        '  && npm test',
        'RUN <<EOF',
        'echo hi',
        'EOF',
        'USER node',
      ].join('\n'),
    );
    expect(file.instructions.map((i) => [i.keyword, i.line])).toEqual([
      ['FROM', 2],
      ['RUN', 3],
      ['RUN', 6],
      ['USER', 9],
    ]);
    expect(file.instructions[1].args).toBe('npm ci  && npm test');
  });

  it('honours the escape directive', () => {
    const file = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  c:\\\nUSER ContainerUser\n');
    expect(file.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'USER']);
  });

  it('one stage per FROM: AS names, bases that are earlier stages, scratch, the user inherited', () => {
    const file = parseDockerfile(
      [
        `FROM golang:1.22${DIGEST} AS build`,
        'USER 1000',
        'FROM --platform=$BUILDPLATFORM build AS test',
        'FROM scratch',
        'COPY --from=build /app /app',
      ].join('\n'),
    );
    expect(file.stages.map((s) => [s.image, s.name, s.base, s.pinned, s.user?.name])).toEqual([
      [`golang:1.22${DIGEST}`, 'build', 'image', true, '1000'],
      ['build', 'test', 'stage', false, '1000'],
      ['scratch', undefined, 'scratch', false, undefined],
    ]);
    expect(file.stages[1].root).toBe(`golang:1.22${DIGEST}`);
  });

  it('substitutes ARG defaults given before the first FROM', () => {
    const file = parseDockerfile(`ARG BASE=alpine:3.20${DIGEST}\nFROM \${BASE}\nUSER app\n`);
    expect(finalStage(file)?.image).toBe(`alpine:3.20${DIGEST}`);
    expect(finalStage(file)?.pinned).toBeTrue();
  });

  it('a FROM with a tag only is not pinned', () => {
    expect(parseDockerfile('FROM node:20-alpine\n').stages[0].pinned).toBeFalse();
  });
});
