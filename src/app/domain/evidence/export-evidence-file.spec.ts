import { Evidence } from '../types';
import { SMALL_MODEL, uuidOf } from '../testing/model-fixture';
import { withoutEditedAt } from '../testing/without-edited-at';
import { exportEvidenceFile } from './export-evidence-file';
import { parseEvidenceFile } from './parse-evidence-file';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const SECRETS = uuidOf('Test for stored secrets');

const jenkins: Evidence = {
  id: '3f9c2a4e-8b1d-4c6e-9a7f-2d5b8e1c0a93',
  activityUuid: BUILD,
  teams: ['Team A', 'Team B'],
  title: 'Jenkinsfile in repo',
  description: 'Pipeline defined as code; build, unit test and SAST stages.',
  evidenceRecorded: '2026-05-20',
  reviewer: 'J. Doe',
  attachments: [{ type: 'link', externalLink: 'https://git.example.com/app/Jenkinsfile' }],
  editedAt: 12345,
};

describe('exportEvidenceFile', () => {
  it('writes the documented layout', () => {
    expect(exportEvidenceFile([jenkins], { model: SMALL_MODEL })).toBe(
      [
        'evidence:',
        `  ${BUILD}:  # Defined build process`,
        '    - id: 3f9c2a4e-8b1d-4c6e-9a7f-2d5b8e1c0a93',
        '      teams: [Team A, Team B]',
        '      title: Jenkinsfile in repo',
        '      description: Pipeline defined as code; build, unit test and SAST stages.',
        '      evidenceRecorded: 2026-05-20',
        '      reviewer: J. Doe',
        '      attachment:',
        '        - {type: link, externalLink: https://git.example.com/app/Jenkinsfile}',
        '',
      ].join('\n'),
    );
  });

  it('writes who recorded and reviewed it, the review day and digest, and reads them back', () => {
    const reviewed: Evidence = {
      ...jenkins,
      recordedBy: 'Lee',
      reviewed: '2026-06-01',
      reviewedDigest: 'd1e2f3a4-0000-8000-8000-000000000000',
    };
    const text = exportEvidenceFile([reviewed], { model: SMALL_MODEL });
    expect(text).toContain(
      [
        '      evidenceRecorded: 2026-05-20',
        '      recordedBy: Lee',
        '      reviewer: J. Doe',
        '      reviewed: 2026-06-01',
        '      reviewedDigest: d1e2f3a4-0000-8000-8000-000000000000',
        '      attachment:',
      ].join('\n'),
    );
    expect(parseEvidenceFile(text, 'f')).toEqual({
      ok: true,
      value: [withoutEditedAt(reviewed)],
      warnings: [],
      latestDate: '2026-06-01',
    });
  });

  it('leaves out an empty reviewer and no attachments; empty evidence is `evidence: {}`', () => {
    const text = exportEvidenceFile([{ ...jenkins, reviewer: '', attachments: [] }]);
    expect(text).not.toContain('reviewer');
    expect(text).not.toContain('attachment');
    expect(exportEvidenceFile([])).toBe('evidence: {}\n');
  });

  it('groups by activity in model order, unknown activities after, entries in their order', () => {
    const evidence: Evidence[] = [
      { ...jenkins, id: 'u', activityUuid: 'zz-unknown' },
      { ...jenkins, id: 's1', activityUuid: SECRETS },
      { ...jenkins, id: 'b1' },
      { ...jenkins, id: 's2', activityUuid: SECRETS },
      { ...jenkins, id: 'b2' },
    ];
    const ids = exportEvidenceFile(evidence, { model: SMALL_MODEL })
      .split('\n')
      .filter((line) => line.startsWith('    - id: '))
      .map((line) => line.slice('    - id: '.length));
    expect(ids).toEqual(['b1', 'b2', 's1', 's2', 'u']);
  });

  it('quotes what needs quoting, in flow lists too, and keeps multi-line text', () => {
    const awkward: Evidence = {
      ...jenkins,
      teams: ["O'Neil", 'a, b', '[x]', 'yes', '8.10', ' lead', 'Team: A'],
      title: 'Title: with # and "quotes"',
      description: 'Line one\n  indented line two\n\ntrailing blank lines\n\n',
      reviewer: '- not a list',
      attachments: [{ type: 'document', externalLink: 'https://x.org/a,b?q={1}' }],
    };
    const text = exportEvidenceFile([awkward]);
    expect(text).toContain("teams: [O'Neil, 'a, b', '[x]', 'yes', '8.10', ' lead', 'Team: A']");
    expect(text).toContain('evidenceRecorded: 2026-05-20\n');
    const back = parseEvidenceFile(text, 'f');
    expect(back).toEqual({ ok: true, value: [withoutEditedAt(awkward)], warnings: [], latestDate: '2026-05-20' });
  });
});
