import { countOf } from '../../domain/common/count-of';
import { TeamDataCount } from '../../domain/teams/team-data';
import { ConfirmData } from '../../shared/confirm-dialog/confirm-dialog';

/** The confirmation of a team deletion: exactly what goes, and that nothing else does. */
export function deleteTeamMessage(team: string, counts: TeamDataCount): ConfirmData {
  const progress =
    counts.activities === 0
      ? 'It has no progress.'
      : `Its progress on ${countOf(counts.activities, 'activity', 'activities')} (${countOf(counts.stages, 'stage date', 'stage dates')}) is deleted.`;
  const shared = counts.evidence - counts.evidenceOnlyThisTeam;
  const evidence =
    counts.evidence === 0
      ? 'It has no evidence.'
      : [
          counts.evidenceOnlyThisTeam > 0
            ? `${countOf(counts.evidenceOnlyThisTeam, 'piece', 'pieces')} of evidence that only this team has ${counts.evidenceOnlyThisTeam === 1 ? 'is' : 'are'} deleted`
            : '',
          shared > 0
            ? `${countOf(shared, 'piece', 'pieces')} of evidence shared with other teams ${shared === 1 ? 'stays' : 'stay'}, without this team`
            : '',
        ]
          .filter(Boolean)
          .join('; ') + '.';
  return {
    title: `Delete the team "${team}"?`,
    paragraphs: [
      progress,
      evidence.charAt(0).toUpperCase() + evidence.slice(1),
      "Every other team's progress and evidence stays exactly as it is. To keep a copy, download a backup in the data centre first.",
    ],
    confirm: 'Delete team',
    destructive: true,
  };
}
