import { Teams } from '../types';
import { yamlInlineScalar } from '../yaml';

/**
 * Writes teams.yaml as meta.yaml's `$ref`s expect it (`teams` and `teamGroups`), block lists so
 * that adding a team is a one-line Git diff. Teams and groups in their configured order.
 */
export function exportTeamsFile(teams: Teams): string {
  const lines =
    teams.teams.length === 0
      ? ['teams: []']
      : ['teams:', ...teams.teams.map((team) => `  - ${yamlInlineScalar(team)}`)];
  const groups = Object.entries(teams.groups);
  if (groups.length === 0) lines.push('teamGroups: {}');
  else {
    lines.push('teamGroups:');
    for (const [group, members] of groups) {
      if (members.length === 0) lines.push(`  ${yamlInlineScalar(group)}: []`);
      else lines.push(`  ${yamlInlineScalar(group)}:`, ...members.map((team) => `    - ${yamlInlineScalar(team)}`));
    }
  }
  return [...lines, ''].join('\n');
}
