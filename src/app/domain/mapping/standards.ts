import { References } from '../types';

/** The reference kinds of the model, with the labels the app shows for them. */
export type StandardKey = keyof References;

export interface Standard {
  readonly key: StandardKey;
  readonly label: string;
  /** Short slug for URLs and file names. */
  readonly slug: string;
}

export const STANDARDS: readonly Standard[] = [
  { key: 'samm2', label: 'SAMM', slug: 'samm' },
  { key: 'iso27001_2017', label: 'ISO 27001:2017', slug: 'iso27001-2017' },
  { key: 'iso27001_2022', label: 'ISO 27001:2022', slug: 'iso27001-2022' },
  { key: 'openCRE', label: 'OpenCRE', slug: 'opencre' },
  { key: 'd3f', label: 'D3FEND', slug: 'd3fend' },
];

export function standardBySlug(slug: string | undefined): Standard | undefined {
  return STANDARDS.find((standard) => standard.slug === slug);
}

/**
 * Whether a reference entry is a control id rather than a note. Upstream files put remarks such as
 * "Not explicitly covered by ISO 27001" in the id lists; ids never contain whitespace.
 */
export function isControlId(reference: string): boolean {
  return reference.trim() !== '' && !/\s/.test(reference.trim());
}

/**
 * A short readable form of a reference for tables: OpenCRE and D3FEND entries are often URLs,
 * shown by their last meaningful path segment (decoded). The full text stays available for links.
 */
export function referenceLabel(reference: string): string {
  if (!/^https?:\/\//i.test(reference)) return reference;
  const segments = reference
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean);
  const last = segments.at(-1) ?? reference;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** True for a reference that is a web link the page may offer to open. */
export function isLink(reference: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(reference);
}
