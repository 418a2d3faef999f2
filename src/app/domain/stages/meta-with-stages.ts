import { Progress, Stage } from '../types';
import { codePointOrder } from '../common/code-point-order';
import { isYamlMap } from '../common/yaml-values';
import { keyValueLines } from '../common/yaml-writer';
import { readStages, scoreText } from '../loading/stages';
import { parseYaml, yamlInlineScalar } from '../yaml';
import { stageUsage } from './apply-stage-draft';

const KEY = 'progressDefinition';

/** What to commit so that Git holds the stages edited in the browser. */
export interface StagesFile {
  /**
   * `meta.yaml`: the served file with its progressDefinition replaced and every other line kept;
   * `progressDefinition`: the block alone, when the served text could not be edited safely.
   */
  readonly kind: 'meta.yaml' | 'progressDefinition';
  readonly text: string;
}

/**
 * The `progressDefinition:` block in the DSOMM layout (the one the served meta.yaml uses and the
 * OWASP DSOMM app reads): each stage title maps to its score as a percentage and its definition,
 * lowest score first.
 */
export function progressDefinitionLines(stages: readonly Stage[]): string[] {
  return [
    `${KEY}:`,
    ...[...stages]
      .sort((a, b) => a.score - b.score)
      .flatMap((stage) => [
        `  ${yamlInlineScalar(stage.title)}:`,
        `    score: ${scoreText(stage.score)}`,
        ...keyValueLines('    ', 'definition', stage.definition),
      ]),
  ];
}

/** A top-level line that ends the block before it (a key, or a document marker). */
const startsTopLevel = (line: string) => /^[^\s#]/.test(line);
const isKeyLine = (line: string) => new RegExp(`^(${KEY}|'${KEY}'|"${KEY}")\\s*:`).test(line);
const isBlankOrMarginComment = (line: string) => line.trim() === '' || line.startsWith('#');

/**
 * `lines` with the top-level progressDefinition (its key line and every indented line under it)
 * replaced by `block`; comments at the left margin right before the next key stay with that key.
 * Without such a key the block is added at the end.
 */
function replaceBlock(lines: readonly string[], block: readonly string[]): string[] {
  const start = lines.findIndex(isKeyLine);
  if (start < 0) {
    const end = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
    return [...lines.slice(0, end), ...(end > 0 ? [''] : []), ...block, ''];
  }
  let end = start + 1;
  while (end < lines.length && !startsTopLevel(lines[end])) end++;
  while (end > start + 1 && isBlankOrMarginComment(lines[end - 1])) end--;
  return [...lines.slice(0, start), ...block, ...lines.slice(end)];
}

/** Whether `text` reads back as `original` with exactly `stages` as its progressDefinition. */
function readsBackAs(text: string, original: Record<string, unknown>, stages: readonly Stage[]): boolean {
  const parsed = parseYaml(text, 'meta.yaml');
  if (!parsed.ok || !isYamlMap(parsed.value)) return false;
  const read = readStages(parsed.value[KEY]);
  const wanted = [...stages].sort((a, b) => a.score - b.score);
  const stagesMatch =
    !read.issues.some((issue) => issue.severity === 'error') &&
    read.stages.length === wanted.length &&
    read.stages.every(
      (stage, i) =>
        stage.title === wanted[i].title && stage.score === wanted[i].score && stage.definition === wanted[i].definition,
    );
  const rest = (map: Record<string, unknown>) => JSON.stringify(Object.entries(map).filter(([key]) => key !== KEY));
  return stagesMatch && rest(parsed.value) === rest(original);
}

/**
 * The file that carries `stages` to Git: the served meta.yaml (`metaText`) with its
 * progressDefinition replaced, keeping every other line (comments, `$ref`s, strings) as it was. It
 * is checked by reading it back: if the stages or anything else would read differently (a meta.yaml
 * in flow style, an anchor inside the old block, no served text), the block alone is returned
 * instead, with a comment saying where it goes.
 */
export function stagesFile(metaText: string | undefined, stages: readonly Stage[]): StagesFile {
  const block = progressDefinitionLines(stages);
  const original = metaText === undefined ? undefined : parseYaml(metaText, 'meta.yaml');
  if (metaText !== undefined && original?.ok && isYamlMap(original.value)) {
    const newline = metaText.includes('\r\n') ? '\r\n' : '\n';
    const text = replaceBlock(metaText.split(/\r?\n/), block).join(newline);
    if (readsBackAs(text, original.value, stages)) return { kind: 'meta.yaml', text };
  }
  return {
    kind: 'progressDefinition',
    text: [
      '# The progress stages edited in DSOMM Studio: replace progressDefinition in your meta.yaml with this.',
      ...block,
      '',
    ].join('\n'),
  };
}

/** Stage titles the progress uses that the served meta.yaml does not define, sorted. */
export interface StagesMetaLacks {
  /** Stages of the browser's (edited) definition: the meta.yaml of `stagesFile` defines them. */
  readonly edited: readonly string[];
  /** Titles no definition has (e.g. "Done" in an imported file): kept, but counted nowhere. */
  readonly unknown: readonly string[];
}

export function stagesMetaLacks(
  progress: Progress,
  served: readonly Stage[],
  current: readonly Stage[],
): StagesMetaLacks {
  const inServed = new Set(served.map((stage) => stage.title));
  const inCurrent = new Set(current.map((stage) => stage.title));
  const lacking = [...stageUsage(progress).keys()].filter((title) => !inServed.has(title)).sort(codePointOrder);
  return {
    edited: lacking.filter((title) => inCurrent.has(title)),
    unknown: lacking.filter((title) => !inCurrent.has(title)),
  };
}
