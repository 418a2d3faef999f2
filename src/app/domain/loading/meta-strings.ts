import { MetaStrings } from '../types';
import { Issue, PathSegment, errorAt, warningAt } from './problems';
import { YamlMap, given, hasKey, isYamlMap, scalarText, wholeNumber } from '../common/yaml-values';

const RATING_LABELS: readonly string[] = ['Very Low', 'Low', 'Medium', 'High', 'Very High'];
const DEFAULT_MAX_LEVEL = 5;

const defaultLevelName = (level: number) => `Level ${level}`;

/** A list of texts, or undefined (reported) when it is not one; a bad item is reported and left out. */
function textList(map: YamlMap, key: string, at: readonly PathSegment[], issues: Issue[]): string[] | undefined {
  const value = given(map, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    issues.push(errorAt([...at, key], `${key} must be a list of texts.`));
    return undefined;
  }
  return value.flatMap((item, i) => {
    const text = scalarText(item);
    if (text === undefined) issues.push(errorAt([...at, key, i], `${key} must hold texts only.`));
    return text === undefined ? [] : [text];
  });
}

/** Ratings are 1 to 5, so a label list must have exactly five entries to be usable. */
function ratingLabels(map: YamlMap, key: string, at: readonly PathSegment[], issues: Issue[]): readonly string[] {
  const labels = textList(map, key, at, issues);
  if (labels === undefined) return RATING_LABELS;
  if (labels.length !== RATING_LABELS.length) {
    issues.push(warningAt([...at, key], `${key} must name the 5 ratings; the defaults are used.`));
    return RATING_LABELS;
  }
  return labels;
}

/** The texts for `lang` under `strings`, or an empty map (everything defaults). */
function languageStrings(meta: YamlMap, lang: string, issues: Issue[]): YamlMap {
  const all = given(meta, 'strings');
  if (all === undefined) return {};
  if (!isYamlMap(all)) {
    issues.push(errorAt(['strings'], 'strings must map a language code to its texts.'));
    return {};
  }
  const mine = given(all, lang);
  if (mine === undefined) {
    if (!hasKey(all, lang)) {
      issues.push(warningAt(['strings'], `strings has nothing for lang '${lang}'; the defaults are used.`));
    }
    return {};
  }
  if (!isYamlMap(mine)) {
    issues.push(errorAt(['strings', lang], `strings > ${lang} must be a map of texts.`));
    return {};
  }
  return mine;
}

function readMaxLevel(meta: YamlMap, issues: Issue[]): number | undefined {
  const value = given(meta, 'maxLevel');
  if (value === undefined) return undefined;
  const level = wholeNumber(value);
  if (level === undefined || level < 1) {
    issues.push(
      errorAt(['maxLevel'], `maxLevel must be a whole number of at least 1, not '${scalarText(value) ?? '?'}'.`),
    );
    return undefined;
  }
  return level;
}

/**
 * The display texts for `lang`, with defaults, and the highest maturity level: meta's `maxLevel`,
 * else the number of maturity level names, else 5. Level names are padded or cut to that level.
 */
export function readStrings(meta: YamlMap, lang: string, issues: Issue[]): { strings: MetaStrings; maxLevel: number } {
  const at = ['strings', lang];
  const texts = languageStrings(meta, lang, issues);
  let levels = textList(texts, 'maturityLevels', at, issues);
  if (levels?.length === 0) {
    issues.push(errorAt([...at, 'maturityLevels'], 'maturityLevels must name at least one level.'));
    levels = undefined;
  }
  const maxLevel = readMaxLevel(meta, issues) ?? levels?.length ?? DEFAULT_MAX_LEVEL;
  if (levels !== undefined && levels.length !== maxLevel) {
    issues.push(
      warningAt([...at, 'maturityLevels'], `maturityLevels names ${levels.length} levels but maxLevel is ${maxLevel}.`),
    );
  }
  const maturityLevels = Array.from({ length: maxLevel }, (_, i) => levels?.[i] ?? defaultLevelName(i + 1));
  const groupName = given(texts, 'allTeamsGroupName');
  const allTeamsGroupName = scalarText(groupName);
  if (groupName !== undefined && allTeamsGroupName === undefined) {
    issues.push(errorAt([...at, 'allTeamsGroupName'], 'allTeamsGroupName must be text.'));
  }
  return {
    strings: {
      allTeamsGroupName: allTeamsGroupName ?? 'All teams',
      maturityLevels,
      labels: ratingLabels(texts, 'labels', at, issues),
      knowledgeLabels: ratingLabels(texts, 'knowledgeLabels', at, issues),
    },
    maxLevel,
  };
}
