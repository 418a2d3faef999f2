import { SMALL_MODEL, STAGES, uuidOf, TODAY } from '../testing/model-fixture';
import { Evidence, Progress } from '../types';
import { markdownText } from './markdown-text';
import { SUMMARY_MARKER, summaryMarkdown, SummaryInput } from './summary-markdown';

const BUILD = 'f6f7737f-25a9-4317-8de2-09bf59f29b5b';
const SECRETS = uuidOf('Test for stored secrets');
const full = {
  stages: { Started: '2026-01-01', 'Partly implemented': '2026-01-02', 'Fully implemented': '2026-01-03' },
};

const before: Progress = { [BUILD]: { 'Team A': { stages: { Started: '2026-03-02' } } } };
const after: Progress = {
  [BUILD]: { 'Team A': full },
  [SECRETS]: { 'Team B': { stages: { Started: '2026-05-01' } } },
};
const jenkins: Evidence = {
  id: 'e1',
  activityUuid: BUILD,
  teams: ['Team A'],
  title: 'Jenkinsfile in repo',
  description: '',
  evidenceRecorded: '2026-05-20',
  reviewer: '',
  attachments: [{ type: 'link', externalLink: 'https://git.example.com/x' }],
};
const input: SummaryInput = {
  model: SMALL_MODEL,
  stages: STAGES,
  day: TODAY,
  teams: ['Team A', 'Team B'],
  allTeamsLabel: 'All teams',
  maxLevel: 3,
  progress: after,
  evidence: [jenkins],
  baseline: { progress: { label: 'origin/main', value: before }, evidence: { label: 'origin/main', value: [] } },
};

describe('summaryMarkdown', () => {
  it('tables the score of each team per dimension, with the change since the baseline', () => {
    const lines = summaryMarkdown(input).split('\n');
    expect(lines[0]).toBe(SUMMARY_MARKER);
    expect(lines).toContain('| Team | Build and Deployment | Test and Verification | Overall | Assessed |');
    expect(lines).toContain('| --- | ---: | ---: | ---: | ---: |');
    // Build and Deployment holds 3 activities: Team A went from 0.2 to 1 on one of them.
    expect(lines).toContain('| Team A | 33% (+26) | 0% | 20% (+16) | 1 of 5 |');
    expect(lines).toContain('| Team B | 0% | 10% (+10) | 4% (+4) | 1 of 5 |');
    expect(lines).toContain('| **All teams** | 17% (+14) | 5% (+5) | 12% (+10) | 2 of 10 |');
  });

  it('writes the assessed count of many teams with thousands separated, as the app does', () => {
    // Found by a walk: "7 of 2328" in the summary where the heatmap and report say "7 of 2,328".
    const teams = ['Team A', ...Array.from({ length: 249 }, (_, i) => `Team ${i + 1}`)];
    const lines = summaryMarkdown({ ...input, teams, limit: 1, baseline: undefined }).split('\n');
    expect(lines.find((line) => line.startsWith('| **All teams**'))).toMatch(/\| 1 of 1,250 \|$/);
  });

  it('lists the activities that moved, team by team, and the evidence added', () => {
    const text = summaryMarkdown(input);
    expect(text).toContain('### Activities that moved since `origin/main` (2)');
    expect(text).toContain(
      '| Team A | Defined build process (Build, level 1) | raised from Started to Fully implemented on 2026-01-03 |',
    );
    expect(text).toContain(
      '| Team B | Test for stored secrets (Static depth, level 1) | raised from Not assessed to Started on 2026-05-01 |',
    );
    expect(text).toContain('### Evidence added since `origin/main` (1)');
    expect(text).toContain(
      '- **Jenkinsfile in repo** on Defined build process (Build, level 1): Team A, recorded 2026-05-20, 1 attachment',
    );
  });

  it('summarises only the selected teams', () => {
    const text = summaryMarkdown({ ...input, selected: ['Team B'] });
    expect(text).not.toContain('| Team A |');
    expect(text).not.toContain('All teams');
    expect(text).toContain('### Activities that moved since `origin/main` (1)');
    expect(text).toContain('### Evidence added since `origin/main` (0)');
  });

  it('without a baseline shows the scores alone', () => {
    const text = summaryMarkdown({ ...input, baseline: undefined });
    expect(text).toContain('| Team A | 33% | 0% | 20% | 1 of 5 |');
    expect(text).not.toContain('moved');
    expect(text).not.toContain('Evidence');
  });

  it('escapes names from the files so they cannot format, link or break the table', () => {
    const text = summaryMarkdown({
      ...input,
      teams: ['<img src=x>|*x*'],
      progress: { [BUILD]: { '<img src=x>|*x*': full } },
      notes: ['2 warnings: run `dsomm validate`'],
    });
    expect(text).toContain('| \\<img src=x\\>\\|\\*x\\* |');
    // Every `<` is escaped, so no HTML tag can start.
    expect(text).not.toMatch(/(^|[^\\])<img/m);
    expect(text).toContain('> 2 warnings: run \\`dsomm validate\\`');
  });

  it('mentions nobody and links no issue, whatever the teams, activities and reasons are called', () => {
    const team = '@octo-org/security';
    const text = summaryMarkdown({
      ...input,
      teams: [team, 'Team #12 (GH-7)'],
      allTeamsLabel: 'All @everyone',
      title: 'Summary for @ghost, see #1',
      progress: {
        [BUILD]: { [team]: { stages: { 'Not applicable: @admin decided, see org/repo#99': '2026-05-01' } } },
        [SECRETS]: { 'Team #12 (GH-7)': { stages: { Started: '2026-05-01' } } },
      },
      evidence: [{ ...jenkins, title: 'Reviewed by @boss', teams: [team] }],
      notes: ['ask @maintainer about #3'],
    });
    // GitHub reads `@name` (a person or team) and `#1`, `GH-1` (an issue) in the rendered text.
    expect(text).not.toMatch(/@[a-z0-9]/i);
    expect(text).not.toMatch(/#\d|\bGH-\d/i);
    // ...yet reads the same: the break is a zero-width space.
    const shown = text.replace(/\u200b/g, '');
    const expected = [
      '| @octo-org/security | 0% | 0% | 0% | 0 of 5 |',
      '| Team #12 (GH-7) | 0% | 10% (+10) | 4% (+4) | 1 of 5 |',
      '| **All @everyone** |',
      '## Summary for @ghost, see #1',
      'still Not assessed; Not applicable: @admin decided, see org/repo#99 dated 2026-05-01',
      '- **Reviewed by @boss** on Defined build process (Build, level 1): @octo-org/security,',
      '> ask @maintainer about #3',
    ];
    for (const part of expected) expect(shown).toContain(part);
  });

  it('leaves an e-mail address and a lone @ or # as they are', () => {
    expect(markdownText('a @ b, # 1, C#')).toBe('a @ b, # 1, C#');
    expect(markdownText('mail@example.org').replace(/\u200b/g, '')).toBe('mail@example.org');
  });

  it('caps long lists to keep within the size of a comment', () => {
    const text = summaryMarkdown({ ...input, limit: 1 });
    expect(text).toContain('1 more change not shown.');
    expect(text).toContain('1 more team not shown.');
  });
});

describe('markdownText', () => {
  it('escapes what would be read as Markdown or HTML and flattens line breaks', () => {
    expect(markdownText('a_b*c`d[e](f)<g>|h~i&amp;$x$')).toBe('a\\_b\\*c\\`d\\[e\\](f)\\<g\\>\\|h\\~i\\&amp;\\$x\\$');
    expect(markdownText('two\nlines')).toBe('two lines');
    expect(markdownText('Build and Deployment')).toBe('Build and Deployment');
  });
});
