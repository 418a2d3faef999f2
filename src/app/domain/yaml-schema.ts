import yaml from 'js-yaml';

/**
 * The schema every DSOMM file is read with. Floats are deliberately absent, so reference ids such as
 * `8.10` and scores such as `0.2` stay strings with their source text; timestamps are absent, so
 * dates stay `YYYY-MM-DD` strings. Integers, booleans and null are typed as usual.
 * Built on first use, not when the module loads: the start page's script (main.ts) initialises
 * js-yaml only when a file needs it (scripts/early-bundle.mjs), and the files it reads before its
 * first paint usually do not.
 */
export function dsommSchema(): yaml.Schema {
  return (schema ??= yaml.FAILSAFE_SCHEMA.extend({ implicit: [...dsommTypes()] }));
}
let schema: yaml.Schema | undefined;

/** The types a plain scalar may resolve to besides a string. */
export function dsommTypes(): readonly yaml.Type[] {
  // js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
  const builtIn = (yaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'merge', yaml.Type> }).types;
  return [builtIn.null, builtIn.bool, builtIn.int, builtIn.merge];
}

/**
 * Whether a plain scalar might be typed by `dsommTypes()` (null, a boolean, an integer, the merge
 * key) rather than be a string: true for every one that is, and for a few that are not (`7f`,
 * `0x`), never false for a typed one. The line reader leaves a text holding such a scalar to
 * js-yaml, without initialising js-yaml to ask it (dates, names and uuids are not).
 */
export function mayBeTyped(plain: string): boolean {
  switch (plain) {
    case '~':
    case '<<':
    case 'null':
    case 'Null':
    case 'NULL':
    case 'true':
    case 'True':
    case 'TRUE':
    case 'false':
    case 'False':
    case 'FALSE':
      return true;
  }
  return INTEGER_LIKE.test(plain);
}
/** A sign, a digit, then digits, hex digits and the base letters: every integer js-yaml reads. */
const INTEGER_LIKE = /^[-+]?[0-9][0-9a-fA-Fxob]*$/;
