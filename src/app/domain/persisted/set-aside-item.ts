import { SetAside } from './persisted-assessment';
import { isNames, isNumber, isText, Shape } from './shapes';

// Apart from set-aside-backup.ts, which writes the backup (js-yaml and the exports, about 60 kB):
// the store reads and writes these entries on every start, the backup is made only when asked for.

/** A set-aside entry as kept in browser storage: with when it was set aside. */
export interface SetAsideItem extends SetAside {
  readonly savedAt: number;
}

/** A set-aside entry as stored: `value` may be anything, even absent (it was stored as it was). */
export const SET_ASIDE_ITEM: Shape<SetAsideItem> = {
  path: { is: isNames, expected: 'a path' },
  reason: { is: isText, expected: 'text' },
  value: { is: (value): value is unknown => value !== undefined, expected: 'anything', optional: true },
  savedAt: { is: isNumber, expected: 'a time' },
};
