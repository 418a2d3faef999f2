import { Problem } from '../types';
import { DIFFICULTY_KEYS } from './activity-fields';
import { findCycles } from './dependency-cycles';
import { Issue, errorAt, showPath, toProblem, warningAt } from './problems';
import { Draft, Loc, WorkingModel, draftsInOrder } from './working-model';

export interface Validated {
  /** uuid -> the uuids it depends on, names resolved and links to removed activities dropped. */
  readonly dependsOn: ReadonlyMap<string, readonly string[]>;
  readonly problems: readonly Problem[];
}

/**
 * Checks the model once every file is applied, so that an overlay can still fix what an earlier file
 * got wrong. Every problem is collected, each placed where the offending value was last written.
 */
export function validateModel(model: WorkingModel, maxLevel: number): Validated {
  const problems: Problem[] = [];
  const report = (loc: Loc, field: string | undefined, issue: (at: Loc['at']) => Issue) => {
    const at = field === undefined ? loc.at : [...loc.at, field];
    problems.push(toProblem(loc.file, model.texts.get(loc.file), issue(at)));
  };
  const drafts = draftsInOrder(model);
  const byName = new Map<string, Draft>();

  for (const draft of drafts) {
    const { origin } = draft;
    if (draft.level === undefined) {
      report(origin.created, undefined, (at) => errorAt(at, `'${draft.name}' has no level.`));
    } else if (draft.level !== null && (draft.level < 1 || draft.level > maxLevel)) {
      report(origin.level ?? origin.created, 'level', (at) =>
        errorAt(at, `'${draft.name}': level ${draft.level} is outside 1 to ${maxLevel}.`),
      );
    }
    const lacking = DIFFICULTY_KEYS.filter((key) => draft.difficulty[key] === undefined);
    if (lacking.length > 0 && lacking.length < DIFFICULTY_KEYS.length) {
      report(origin.difficulty ?? origin.created, 'difficultyOfImplementation', (at) =>
        warningAt(
          at,
          `'${draft.name}': difficultyOfImplementation lacks ${lacking.join(', ')}, so no difficulty is shown.`,
        ),
      );
    }
    const twin = byName.get(draft.name);
    if (twin === undefined) byName.set(draft.name, draft);
    else {
      report(origin.name, undefined, (at) =>
        errorAt(
          at,
          `The name '${draft.name}' has two uuids: ${twin.uuid} (${showPath(twin.origin.name.at)} in ${twin.origin.name.file}) and ${draft.uuid}.`,
        ),
      );
    }
  }

  const dependsOn = new Map<string, readonly string[]>();
  for (const draft of drafts) {
    const links = new Set<string>();
    for (const link of draft.dependsOn) {
      const uuid = model.drafts.has(link) ? link : byName.get(link)?.uuid;
      if (uuid !== undefined) links.add(uuid);
      else if (!model.removed.has(link)) {
        report(draft.origin.dependsOn ?? draft.origin.created, 'dependsOn', (at) =>
          errorAt(at, `'${draft.name}' depends on '${link}', which is not an activity of the model.`),
        );
      }
    }
    dependsOn.set(draft.uuid, [...links]);
  }

  for (const cycle of findCycles(
    drafts.map((d) => d.uuid),
    dependsOn,
  )) {
    const first = model.drafts.get(cycle[0]);
    if (first === undefined) continue;
    const names = cycle.map((uuid) => model.drafts.get(uuid)?.name ?? uuid);
    report(first.origin.dependsOn ?? first.origin.created, 'dependsOn', (at) =>
      errorAt(at, `Dependency cycle: ${names.join(' → ')}.`),
    );
  }
  return { dependsOn, problems };
}
