import { StandardKey } from './standards';

/**
 * Every control of a standard, written the way the model writes its ids, so a Statement of
 * Applicability can list the controls no activity covers. Generated from the standards' numbering
 * (how many controls each clause or stream has) rather than typed out one by one.
 */

/** ISO/IEC 27001:2022 Annex A: 93 controls, 5.1-5.37, 6.1-6.8, 7.1-7.14, 8.1-8.34. */
const ISO_2022_CLAUSES: readonly (readonly [number, number])[] = [
  [5, 37],
  [6, 8],
  [7, 14],
  [8, 34],
];

/**
 * ISO/IEC 27001:2013/2017 Annex A: 114 controls in 14 clauses (A.5-A.18) and 35 objectives; per
 * clause, the number of controls of each objective (A.9.2 has six: 9.2.1-9.2.6).
 */
const ISO_2017_OBJECTIVES: Readonly<Record<number, readonly number[]>> = {
  5: [2],
  6: [5, 2],
  7: [2, 3, 1],
  8: [4, 3, 3],
  9: [2, 6, 1, 5],
  10: [2],
  11: [6, 9],
  12: [4, 1, 1, 4, 1, 2, 1],
  13: [3, 4],
  14: [3, 9, 1],
  15: [3, 2],
  16: [7],
  17: [3, 1],
  18: [5, 3],
};

/**
 * OWASP SAMM 2: five business functions of three practices, each with streams A and B at maturity
 * levels 1-3, written `D-TA-A-1` (function, practice, stream, level) as the model maps them.
 */
const SAMM_PRACTICES: Readonly<Record<string, readonly string[]>> = {
  G: ['SM', 'PC', 'EG'],
  D: ['TA', 'SR', 'SA'],
  I: ['SB', 'SD', 'DM'],
  V: ['AA', 'RT', 'ST'],
  O: ['IM', 'EM', 'OM'],
};

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

const ISO_2022 = ISO_2022_CLAUSES.flatMap(([clause, count]) => range(count).map((n) => `${clause}.${n}`));
const ISO_2017 = Object.entries(ISO_2017_OBJECTIVES).flatMap(([clause, objectives]) =>
  objectives.flatMap((count, i) => range(count).map((n) => `${clause}.${i + 1}.${n}`)),
);
const SAMM = Object.entries(SAMM_PRACTICES).flatMap(([fn, practices]) =>
  practices.flatMap((practice) =>
    ['A', 'B'].flatMap((stream) => range(3).map((level) => `${fn}-${practice}-${stream}-${level}`)),
  ),
);

const CATALOGUES: Partial<Record<StandardKey, readonly string[]>> = {
  iso27001_2022: ISO_2022,
  iso27001_2017: ISO_2017,
  samm2: SAMM,
};

/** The controls of a standard in its own order, or undefined for a standard without a fixed list. */
export function controlCatalogue(standard: StandardKey): readonly string[] | undefined {
  return CATALOGUES[standard];
}
