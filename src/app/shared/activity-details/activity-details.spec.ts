import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { activityFixture, modelFixture } from '../../domain/testing/model-fixture';
import { MetaStrings } from '../../domain/types';
import { ActivityDetails } from './activity-details';

const STRINGS: MetaStrings = {
  allTeamsGroupName: 'All teams',
  maturityLevels: ['Level 1: Basic', 'Level 2: Adoption'],
  labels: ['Very low', 'Low', 'Medium', 'High', 'Very high'],
  knowledgeLabels: ['One discipline', 'One discipline+', 'Two disciplines', 'Two+', 'Three or more'],
};
const MODEL = modelFixture({ D: { S: [['Defined build process', 1]] } });

describe('ActivityDetails', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(ActivityDetails);
    fixture.componentRef.setInput(
      'activity',
      activityFixture({
        name: 'SBOM of components',
        dimension: 'Build and Deployment',
        subDimension: 'Build',
        level: 2,
        description: 'Keep a **bill of materials**.',
        risk: 'Unknown components.',
        measure: 'Generate an SBOM on every build.',
        assessment: '- Show the SBOM of the last release',
        implementationGuide: 'Use `syft`.',
        difficulty: { knowledge: 3, time: 2, resources: 1 },
        usefulness: 4,
        implementation: [
          { name: 'Syft', url: 'https://github.com/anchore/syft', tags: [], description: 'SBOM generator' },
          { name: 'Sneaky', url: 'javascript:alert(1)', tags: [] },
        ],
        references: {
          samm2: ['I-SB-A-1'],
          iso27001_2017: ['8.10'],
          iso27001_2022: [],
          openCRE: ['https://www.opencre.org/cre/1'],
          d3f: [],
        },
        dependsOn: [MODEL.activities[0].uuid],
        tags: ['sbom'],
      }),
    );
    fixture.componentRef.setInput('strings', STRINGS);
    fixture.componentRef.setInput('model', MODEL);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the texts as markdown, under headings', async () => {
    const element = await render();
    const headings = [...element.querySelectorAll('h3')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(
      jasmine.arrayContaining([
        'Description',
        'Risk',
        'Measure',
        'Assessment',
        'Implementation guide',
        'Tools',
        'References',
        'Tags',
        'Depends on',
      ]),
    );
    expect(element.querySelector('strong')?.textContent).toBe('bill of materials');
    expect(element.querySelector('code')?.textContent).toBe('syft');
  });

  it('names the level and the ratings with the meta.yaml labels', async () => {
    const text = (await render()).textContent ?? '';
    expect(text).toContain('Build and Deployment › Build');
    expect(text).toContain('Level 2: Adoption');
    expect(text).toContain('Two disciplines (3/5)');
    expect(text).toContain('Low (2/5)');
    expect(text).toContain('Very low (1/5)');
    expect(text).toContain('High (4/5)');
    expect(text).toContain('8.10');
  });

  it('links tools and references only when their links are http(s)', async () => {
    const element = await render();
    const links = [...element.querySelectorAll<HTMLAnchorElement>('a')].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toContain(['Syft', 'https://github.com/anchore/syft']);
    expect(links).toContain(['https://www.opencre.org/cre/1', 'https://www.opencre.org/cre/1']);
    expect(links).toContain(['Defined build process', `/activity/${MODEL.activities[0].uuid}`]);
    expect(links.some(([text]) => text === 'Sneaky')).toBeFalse();
    expect(element.textContent).toContain('Sneaky');
  });
});
