import { Activity, Dimension, Model, SubDimension } from '../types';
import { DIFFICULTY_KEYS } from './activity-fields';
import { Draft, WorkingModel } from './working-model';

function toActivity(draft: Draft, dependsOn: readonly string[]): Activity {
  const { texts, difficulty, references: refs, usefulness } = draft;
  const { knowledge, time, resources } = difficulty;
  // A difficulty is only shown whole: all three ratings valid, or none.
  const complete = DIFFICULTY_KEYS.every((key) => typeof difficulty[key] === 'number');
  return {
    uuid: draft.uuid,
    name: draft.name,
    dimension: draft.dimension,
    subDimension: draft.subDimension,
    level: draft.level ?? 0,
    description: texts.description ?? '',
    risk: texts.risk ?? '',
    measure: texts.measure ?? '',
    assessment: texts.assessment ?? '',
    implementationGuide: texts.implementationGuide ?? '',
    ...(complete ? { difficulty: { knowledge: knowledge ?? 0, time: time ?? 0, resources: resources ?? 0 } } : {}),
    ...(typeof usefulness === 'number' ? { usefulness } : {}),
    implementation: draft.implementation,
    references: {
      samm2: refs.samm2 ?? [],
      iso27001_2017: refs.iso27001_2017 ?? [],
      iso27001_2022: refs.iso27001_2022 ?? [],
      openCRE: refs.openCRE ?? [],
      d3f: refs.d3f ?? [],
    },
    dependsOn,
    tags: draft.tags,
    comments: texts.comments ?? '',
    credits: texts.credits ?? '',
    ...(draft.reviewInterval === undefined ? {} : { reviewInterval: draft.reviewInterval }),
  };
}

/**
 * The final model from a validated working model. Sub-dimensions and dimensions left without
 * activities (everything moved out or ignored) are not shown.
 */
export function buildModel(model: WorkingModel, dependsOn: ReadonlyMap<string, readonly string[]>): Model {
  const dimensions: Dimension[] = [];
  for (const [dimension, subs] of model.order) {
    const texts = model.descriptions.get(dimension);
    const subDimensions: SubDimension[] = [];
    for (const [name, ids] of subs) {
      const activities = ids.flatMap((id) => {
        const draft = model.drafts.get(id);
        return draft ? [toActivity(draft, dependsOn.get(id) ?? [])] : [];
      });
      if (activities.length === 0) continue;
      subDimensions.push({ name, dimension, description: texts?.subDimensions.get(name) ?? '', activities });
    }
    if (subDimensions.length > 0) {
      dimensions.push({ name: dimension, description: texts?.description ?? '', subDimensions });
    }
  }
  const activities = dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.activities));
  return {
    header: model.header,
    dimensions,
    activities,
    byUuid: new Map(activities.map((a) => [a.uuid, a])),
  };
}
