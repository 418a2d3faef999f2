import { Targets, Teams } from '../types';
import { yamlInlineScalar } from '../yaml';

/**
 * Writes teams.yaml as meta.yaml's `$ref`s expect it (`teams` and `teamGroups`), block lists so
 * that adding a team is a one-line Git diff. Teams and groups in their configured order. With
 * `targets`, the roadmap's target levels follow as `teamTargets` (`*` first, then team order, then
 * any other names): meta.yaml's `$ref`s point at `teams` and `teamGroups` only, so the peer never
 * sees the extra key.
 */
export function exportTeamsFile(teams: Teams, targets?: Targets): string {
  const lines =
    teams.names.length === 0
      ? ['teams: []']
      : ['teams:', ...teams.names.map((team) => `  - ${yamlInlineScalar(team)}`)];
  const groups = Object.entries(teams.groups);
  if (groups.length === 0) lines.push('teamGroups: {}');
  else {
    lines.push('teamGroups:');
    for (const [group, members] of groups) {
      if (members.length === 0) lines.push(`  ${yamlInlineScalar(group)}: []`);
      else lines.push(`  ${yamlInlineScalar(group)}:`, ...members.map((team) => `    - ${yamlInlineScalar(team)}`));
    }
  }
  if (targets !== undefined && Object.keys(targets).length > 0) {
    const order = ['*', ...teams.names];
    const names = [
      ...order.filter((name) => Object.hasOwn(targets, name)),
      ...Object.keys(targets).filter((name) => !order.includes(name)),
    ];
    lines.push('teamTargets:', ...names.map((name) => `  ${yamlInlineScalar(name)}: ${targets[name]}`));
  }
  return [...lines, ''].join('\n');
}
