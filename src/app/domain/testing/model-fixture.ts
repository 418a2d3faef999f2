import { Activity, Dimension, Model, Stage } from '../types';

/** One activity in a compact model description: `[name, level]` or `[name, level, uuid]`. */
export type ActivitySpec = readonly [name: string, level: number, uuid?: string];

/** dimension -> sub-dimension -> activities, in display order. */
export type ModelSpec = Readonly<Record<string, Readonly<Record<string, readonly ActivitySpec[]>>>>;

/** A uuid derived from the activity name, so specs can refer to activities by name. */
export function uuidOf(name: string): string {
  return `uuid-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** A full Activity with empty defaults for what specs do not care about. */
export function activityFixture(fields: Partial<Activity> & Pick<Activity, 'name'>): Activity {
  return {
    uuid: uuidOf(fields.name),
    dimension: 'Dimension',
    subDimension: 'Sub-dimension',
    level: 1,
    description: '',
    risk: '',
    measure: '',
    assessment: '',
    implementationGuide: '',
    implementation: [],
    references: { samm2: [], iso27001_2017: [], iso27001_2022: [], openCRE: [], d3f: [] },
    dependsOn: [],
    tags: [],
    comments: '',
    credits: '',
    ...fields,
  };
}

/** Builds a Model (with its uuid index) from a compact description. */
export function modelFixture(spec: ModelSpec): Model {
  const dimensions: Dimension[] = Object.entries(spec).map(([dimension, subs]) => ({
    name: dimension,
    description: '',
    subDimensions: Object.entries(subs).map(([subDimension, activities]) => ({
      name: subDimension,
      dimension,
      description: '',
      activities: activities.map(([name, level, uuid]) =>
        activityFixture({ name, level, uuid: uuid ?? uuidOf(name), dimension, subDimension }),
      ),
    })),
  }));
  const activities = dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.activities));
  return { header: {}, dimensions, activities, byUuid: new Map(activities.map((a) => [a.uuid, a])) };
}

/** The standard DSOMM progress definition. */
export const STAGES: readonly Stage[] = [
  { title: 'Not implemented', score: 0, definition: 'Not started, not planned' },
  { title: 'Started', score: 0.2, definition: 'Started, or done for a few applications' },
  { title: 'Partly implemented', score: 0.5, definition: 'Done for at least half of the applications' },
  { title: 'Fully implemented', score: 1, definition: 'Done for (almost) all applications' },
];

/** A small model: two dimensions, three sub-dimensions, five activities over levels 1..3. */
export const SMALL_MODEL: Model = modelFixture({
  'Build and Deployment': {
    Build: [
      ['Defined build process', 1, 'f6f7737f-25a9-4317-8de2-09bf59f29b5b'],
      ['Building and testing of artifacts in virtual environments', 2],
    ],
    Deployment: [['Defined deployment process', 1]],
  },
  'Test and Verification': {
    'Static depth': [
      ['Static analysis for important server side components', 3],
      ['Test for stored secrets', 1],
    ],
  },
});

/** The day specs read statuses for (dates after it count only from then on). */
export const TODAY = '2026-12-05';
