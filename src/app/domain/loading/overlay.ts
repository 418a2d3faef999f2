import { Problem } from '../types';
import { DimensionDescription, ActivityEntry, ModelFile } from './model-file';
import { Issue, PathSegment, errorAt, showPath, toProblems, warningAt } from './problems';
import { Draft, Loc, WorkingModel } from './working-model';

/** The activity an entry describes, with only the fields the entry gives replaced (contract §4). */
function merge(draft: Draft, entry: ActivityEntry, dimension: string, subDimension: string, loc: Loc): Draft {
  const { patch } = entry;
  return {
    ...draft,
    name: entry.name,
    dimension,
    subDimension,
    level: patch.level !== undefined ? patch.level : draft.level,
    texts: { ...draft.texts, ...patch.texts },
    difficulty: { ...draft.difficulty, ...patch.difficulty },
    usefulness: patch.usefulness !== undefined ? patch.usefulness : draft.usefulness,
    implementation: patch.implementation ?? draft.implementation,
    references: { ...draft.references, ...patch.references },
    dependsOn: patch.dependsOn ?? draft.dependsOn,
    tags: patch.tags ?? draft.tags,
    reviewInterval: patch.reviewInterval ?? draft.reviewInterval,
    origin: {
      ...draft.origin,
      name: loc,
      ...(patch.level !== undefined ? { level: loc } : {}),
      ...(Object.keys(patch.difficulty).length > 0 ? { difficulty: loc } : {}),
      ...(patch.dependsOn !== undefined ? { dependsOn: loc } : {}),
    },
  };
}

function newDraft(uuid: string, entry: ActivityEntry, dimension: string, subDimension: string, loc: Loc): Draft {
  const blank: Draft = {
    uuid,
    name: entry.name,
    dimension,
    subDimension,
    texts: {},
    difficulty: {},
    implementation: [],
    references: {},
    dependsOn: [],
    tags: [],
    origin: { created: loc, name: loc },
  };
  return merge(blank, entry, dimension, subDimension, loc);
}

function mergeDescriptions(
  into: Map<string, DimensionDescription>,
  from: ReadonlyMap<string, DimensionDescription>,
): void {
  for (const [dimension, text] of from) {
    const old = into.get(dimension);
    const description = text.description ?? old?.description;
    into.set(dimension, {
      ...(description === undefined ? {} : { description }),
      subDimensions: new Map([...(old?.subDimensions ?? []), ...text.subDimensions]),
    });
  }
}

/**
 * Applies one activity file to the model. The first file (`base`) builds it; later ones override,
 * move, rename, remove and add activities. An activity is matched by uuid, or by name when the
 * overlay gives no uuid. A moved activity goes to the end of its new sub-dimension, a new one to the
 * end of its sub-dimension; new dimensions and sub-dimensions are appended. Names in `dependsOn` are
 * turned into uuids against the model as it stands after this file, so a later rename keeps them.
 */
export function applyFile(
  model: WorkingModel,
  source: ModelFile,
  base: boolean,
): { model: WorkingModel; problems: Problem[] } {
  const { file } = source;
  const order = new Map([...model.order].map(([d, subs]) => [d, new Map([...subs].map(([s, ids]) => [s, [...ids]]))]));
  const drafts = new Map(model.drafts);
  const removed = new Set(model.removed);
  const mentioned = new Set(model.mentioned);
  const issues: Issue[] = [];
  const uuidsHere = new Map<string, readonly PathSegment[]>();

  const idsOf = (dimension: string, subDimension: string): string[] => {
    const subs = order.get(dimension) ?? new Map<string, string[]>();
    order.set(dimension, subs);
    const ids = subs.get(subDimension) ?? [];
    subs.set(subDimension, ids);
    return ids;
  };
  const unplace = (draft: Draft) => {
    const ids = order.get(draft.dimension)?.get(draft.subDimension) ?? [];
    ids.splice(ids.indexOf(draft.uuid), 1);
  };
  const remove = (uuids: readonly string[]) => {
    for (const uuid of uuids) {
      const draft = drafts.get(uuid);
      if (draft === undefined) continue;
      drafts.delete(uuid);
      removed.add(uuid).add(draft.name);
    }
  };

  function applyEntry(entry: ActivityEntry, dimension: string, subDimension: string): void {
    const { patch } = entry;
    const loc: Loc = { file, at: entry.at };
    if (patch.uuid !== undefined) {
      const other = uuidsHere.get(patch.uuid);
      if (other !== undefined) {
        issues.push(
          errorAt(entry.at, `The uuid ${patch.uuid} is used twice in this file (also by ${showPath(other)}).`),
        );
        return;
      }
      uuidsHere.set(patch.uuid, entry.at);
    } else if (base) {
      issues.push(errorAt(entry.at, `The activity '${entry.name}' has no uuid.`));
      return;
    }
    const match =
      patch.uuid !== undefined ? drafts.get(patch.uuid) : [...drafts.values()].find((d) => d.name === entry.name);
    if (patch.ignore) {
      if (match === undefined) {
        const which = patch.uuid !== undefined ? `with uuid ${patch.uuid}` : `named '${entry.name}'`;
        issues.push(warningAt(entry.at, `Nothing to ignore: there is no activity ${which}.`));
      } else {
        unplace(match);
        remove([match.uuid]);
      }
      return;
    }
    if (match !== undefined) {
      const next = merge(match, entry, dimension, subDimension, loc);
      if (match.dimension !== dimension || match.subDimension !== subDimension) {
        unplace(match);
        idsOf(dimension, subDimension).push(match.uuid);
      }
      drafts.set(match.uuid, next);
    } else if (patch.uuid === undefined) {
      issues.push(
        errorAt(
          entry.at,
          `'${entry.name}' is not in the model, so it is a new activity, and a new activity needs a uuid.`,
        ),
      );
    } else {
      drafts.set(patch.uuid, newDraft(patch.uuid, entry, dimension, subDimension, loc));
      idsOf(dimension, subDimension).push(patch.uuid);
    }
  }

  for (const dimension of source.dimensions) {
    mentioned.add(dimension.name);
    if (dimension.ignore) {
      const subs = order.get(dimension.name);
      if (subs === undefined)
        issues.push(warningAt([dimension.name], `Nothing to ignore: there is no dimension '${dimension.name}'.`));
      remove([...(subs?.values() ?? [])].flat());
      order.delete(dimension.name);
      continue;
    }
    for (const sub of dimension.subDimensions) {
      mentioned.add(`${dimension.name} > ${sub.name}`);
      if (sub.ignore) {
        const ids = order.get(dimension.name)?.get(sub.name);
        if (ids === undefined) {
          issues.push(
            warningAt(
              [dimension.name, sub.name],
              `Nothing to ignore: there is no sub-dimension '${dimension.name} > ${sub.name}'.`,
            ),
          );
        }
        remove(ids ?? []);
        order.get(dimension.name)?.delete(sub.name);
        continue;
      }
      for (const entry of sub.activities) applyEntry(entry, dimension.name, sub.name);
    }
  }

  resolveNamedLinks(drafts, file);
  const descriptions = new Map(model.descriptions);
  mergeDescriptions(descriptions, source.descriptions);
  issues.push(...unknownDescriptions(source, mentioned));
  return {
    model: {
      header: base ? source.header : model.header,
      order,
      drafts,
      removed,
      descriptions,
      mentioned,
      texts: new Map(model.texts).set(file, source.text),
    },
    problems: toProblems(file, source.text, issues),
  };
}

/** Old files name the activities they depend on; names mean what they mean when the file is applied. */
function resolveNamedLinks(drafts: Map<string, Draft>, file: string): void {
  const uuidOfName = new Map<string, string>();
  for (const draft of drafts.values()) if (!uuidOfName.has(draft.name)) uuidOfName.set(draft.name, draft.uuid);
  const linkedHere = [...drafts.values()].filter((d) => d.origin.dependsOn?.file === file);
  for (const draft of linkedHere) {
    const dependsOn = draft.dependsOn.map((link) => (drafts.has(link) ? link : (uuidOfName.get(link) ?? link)));
    drafts.set(draft.uuid, { ...draft, dependsOn: [...new Set(dependsOn)] });
  }
}

/** Descriptions of dimensions no file so far has mentioned are most likely typos. */
function unknownDescriptions(source: ModelFile, mentioned: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  for (const [dimension, text] of source.descriptions) {
    const at = ['meta', 'dimensions', dimension];
    if (!mentioned.has(dimension)) {
      issues.push(warningAt(at, `The header describes a dimension '${dimension}' that is not in the model.`));
      continue;
    }
    for (const sub of text.subDimensions.keys()) {
      if (!mentioned.has(`${dimension} > ${sub}`)) {
        issues.push(
          warningAt(
            [...at, 'subDimensions', sub],
            `The header describes a sub-dimension '${dimension} > ${sub}' that is not in the model.`,
          ),
        );
      }
    }
  }
  return issues;
}
