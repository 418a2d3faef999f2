import { Targets } from '../types';
import { isYamlMap } from '../common/yaml-values';
import { ParsedFiles } from '../loading/parsed-files';
import { resolveFile, SourceFiles } from '../loading/paths';
import { parseTeamsFile } from '../teams/parse-teams-file';

/**
 * The roadmap targets of the served teams.yaml: meta.yaml's `teams: {$ref: 'default/teams.yaml#/teams'}`
 * names the file, whose `teamTargets` key (DSOMM Studio's) holds them. Undefined when meta.yaml
 * lists its teams inline, the file is not there or has no targets: a problem with the file itself
 * is reported by the loader, not here. `yaml`: the files as the loader parsed them.
 */
export function servedTargets(files: SourceFiles, yaml = new ParsedFiles(), entry = 'meta.yaml'): Targets | undefined {
  const meta = yaml.of(files, entry);
  if (!meta?.ok || !isYamlMap(meta.value)) return undefined;
  const teams = meta.value['teams'];
  const ref = isYamlMap(teams) ? teams['$ref'] : undefined;
  if (typeof ref !== 'string') return undefined;
  const file = ref.split('#')[0];
  if (file === '') return undefined;
  const { path } = resolveFile(entry, file, '$ref');
  if (path === undefined || !Object.hasOwn(files, path)) return undefined;
  const parsed = yaml.of(files, path);
  // No teamTargets, no targets: checking the whole teams file for them took 1 to 2 ms of a cold start.
  if (!parsed?.ok || !isYamlMap(parsed.value) || parsed.value['teamTargets'] == null) return undefined;
  const read = parseTeamsFile(files[path], path, parsed);
  return read.ok ? read.value.targets : undefined;
}
