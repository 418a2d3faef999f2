import { Result, Stage } from '../types';
import { Issue, PathSegment, errorAt, toProblem, warningAt } from './problems';
import { isYamlMap, scalarText } from '../common/yaml-values';

const ROOT = 'progressDefinition';

/**
 * A stage score as a fraction 0..1. Accepts `20%`, `0.2` and `20`: a bare number above 1 is a
 * percentage, so `1` is 100%, not 1% (DSOMM files write percentages, the peer's API fractions).
 */
export function parseScore(value: unknown): number | undefined {
  const text = scalarText(value)?.trim();
  if (text === undefined || typeof value === 'boolean') return undefined;
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(%?)$/.exec(text);
  if (!match) return undefined;
  const number = Number(match[1]);
  const score = match[2] === '%' || number > 1 ? number / 100 : number;
  return score >= 0 && score <= 1 ? score : undefined;
}

/** `20%` when that reads back exactly, else the fraction (`0.123456789`). */
export function scoreText(score: number): string {
  const percent = score * 100;
  const text = String(percent);
  if (!/e/i.test(text) && Number(text) / 100 === score) return `${text}%`;
  return /e/i.test(String(score)) ? `${Math.round(percent * 1e6) / 1e6}%` : String(score);
}

/** `0.2` -> `20%`, for messages. */
function percent(score: number): string {
  return `${Math.round(score * 10000) / 100}%`;
}

interface RawStage {
  readonly title: unknown;
  readonly body: unknown;
  readonly at: readonly PathSegment[];
}

/**
 * The stages as written: a map `title: {score, definition}` (the DSOMM form), or a list of
 * `{title, score, definition}` (how the app itself may hand stages around).
 */
function rawStages(def: unknown, issues: Issue[]): RawStage[] {
  if (Array.isArray(def)) {
    return def.map((body, i) => ({ title: isYamlMap(body) ? body['title'] : undefined, body, at: [ROOT, i] }));
  }
  if (isYamlMap(def)) {
    return Object.entries(def).map(([title, body]) => ({ title, body, at: [ROOT, title] }));
  }
  issues.push(errorAt([ROOT], 'progressDefinition must map each stage title to {score, definition}.'));
  return [];
}

function readStage(raw: RawStage, issues: Issue[]): Stage | undefined {
  const title = scalarText(raw.title)?.trim();
  if (!title) {
    issues.push(errorAt(raw.at, 'A stage needs a title.'));
    return undefined;
  }
  if (!isYamlMap(raw.body)) {
    issues.push(errorAt(raw.at, `Stage '${title}' must be a map with a score (and a definition).`));
    return undefined;
  }
  const score = parseScore(raw.body['score']);
  if (score === undefined) {
    const written = scalarText(raw.body['score']);
    issues.push(
      errorAt(
        [...raw.at, 'score'],
        written === undefined
          ? `Stage '${title}' has no score.`
          : `Stage '${title}': score '${written}' is not a percentage from 0% to 100%.`,
      ),
    );
    return undefined;
  }
  const definitionValue = raw.body['definition'] ?? '';
  const definition = scalarText(definitionValue);
  if (definition === undefined) {
    issues.push(errorAt([...raw.at, 'definition'], `Stage '${title}': the definition must be text.`));
  }
  return { title, score, definition: definition ?? '' };
}

/** Stages sorted by score, with the rules every progress computation relies on checked. */
export function readStages(def: unknown): { stages: Stage[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const raw = rawStages(def, issues);
  const stages: Stage[] = [];
  for (const entry of raw) {
    const stage = readStage(entry, issues);
    if (stage === undefined) continue;
    if (stages.some((s) => s.title === stage.title)) {
      issues.push(errorAt(entry.at, `The stage title '${stage.title}' is used twice.`));
      continue;
    }
    const twin = stages.find((s) => s.score === stage.score);
    if (twin && stage.score !== 0 && stage.score !== 1) {
      issues.push(
        warningAt(entry.at, `Stages '${twin.title}' and '${stage.title}' have the same score ${percent(stage.score)}.`),
      );
    }
    stages.push(stage);
  }
  if (isYamlMap(def) || Array.isArray(def)) {
    for (const bound of [0, 1]) {
      const count = stages.filter((s) => s.score === bound).length;
      if (count !== 1) {
        issues.push(
          errorAt([ROOT], `progressDefinition needs exactly one stage with score ${percent(bound)} (found ${count}).`),
        );
      }
    }
  }
  // Array.prototype.sort is stable: stages with equal scores keep their written order.
  return { stages: [...stages].sort((a, b) => a.score - b.score), issues };
}

/**
 * progressDefinition -> stages sorted by score ascending (scores normalised to 0..1). Exactly one
 * stage must score 0 and one 1; titles must be unique.
 */
export function parseStages(def: unknown, file: string): Result<Stage[]> {
  const { stages, issues } = readStages(def);
  const problems = issues.map((issue) => toProblem(file, undefined, issue));
  return problems.some((p) => p.severity === 'error')
    ? { ok: false, problems }
    : { ok: true, value: stages, warnings: problems };
}
