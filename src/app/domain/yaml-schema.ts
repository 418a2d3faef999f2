import yaml from 'js-yaml';

/**
 * The schema every DSOMM file is read with. Floats are deliberately absent, so reference ids such as
 * `8.10` and scores such as `0.2` stay strings with their source text; timestamps are absent, so
 * dates stay `YYYY-MM-DD` strings. Integers, booleans and null are typed as usual.
 */
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const builtIn = (yaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'merge', yaml.Type> }).types;
/** The types a plain scalar may resolve to besides a string. */
export const DSOMM_TYPES: readonly yaml.Type[] = [builtIn.null, builtIn.bool, builtIn.int, builtIn.merge];
export const DSOMM_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [...DSOMM_TYPES] });
