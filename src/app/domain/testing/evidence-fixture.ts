import { Evidence } from '../types';

/**
 * A piece of evidence for specs: titled with its id, of Team A on activity `a1`, recorded on
 * 2026-05-01, with no description, reviewer or attachments; `fields` say what differs.
 */
export function evidenceFixture(id: string, fields: Partial<Evidence> = {}): Evidence {
  return {
    id,
    activityUuid: 'a1',
    teams: ['Team A'],
    title: id,
    description: '',
    evidenceRecorded: '2026-05-01',
    reviewer: '',
    attachments: [],
    ...fields,
  };
}
