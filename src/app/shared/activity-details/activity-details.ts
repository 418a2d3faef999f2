import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Activity, MetaStrings, Model } from '../../domain/types';
import { Markdown } from '../markdown/markdown';

interface Rating {
  readonly label: string;
  readonly value: number;
  readonly text: string;
}

interface ReferenceGroup {
  readonly label: string;
  readonly items: readonly { readonly text: string; readonly url?: string }[];
}

/**
 * Everything the model says about one activity: description, risk, measure, assessment and
 * implementation guide (markdown), difficulty and usefulness with the meta.yaml labels, tools,
 * references, dependencies, tags, dimension and level. Used in the heatmap's details overlay and
 * on activity pages; the host decides the heading level around it.
 */
@Component({
  selector: 'app-activity-details',
  imports: [Markdown, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activity-details.html',
  styleUrl: './activity-details.scss',
})
export class ActivityDetails {
  readonly activity = input.required<Activity>();
  readonly strings = input.required<MetaStrings>();
  /** To name and link the activities this one depends on. */
  readonly model = input<Model | undefined>(undefined);

  protected readonly levelName = computed(() => {
    const level = this.activity().level;
    return this.strings().maturityLevels[level - 1] ?? `Level ${level}`;
  });

  protected readonly ratings = computed((): Rating[] => {
    const { difficulty, usefulness } = this.activity();
    const { labels, knowledgeLabels } = this.strings();
    const rating = (label: string, value: number | undefined, names: readonly string[]): Rating[] =>
      value === undefined ? [] : [{ label, value, text: names[value - 1] ?? String(value) }];
    return [
      ...rating('Knowledge', difficulty?.knowledge, knowledgeLabels),
      ...rating('Time', difficulty?.time, labels),
      ...rating('Resources', difficulty?.resources, labels),
      ...rating('Usefulness', usefulness, labels),
    ];
  });

  protected readonly sections = computed(() => {
    const a = this.activity();
    return [
      { title: 'Description', text: a.description },
      { title: 'Risk', text: a.risk },
      { title: 'Measure', text: a.measure },
      { title: 'Assessment', text: a.assessment },
      { title: 'Implementation guide', text: a.implementationGuide },
    ].filter((section) => section.text.trim() !== '');
  });

  protected readonly references = computed((): ReferenceGroup[] => {
    const r = this.activity().references;
    const plain = (items: readonly string[]) => items.map((text) => ({ text }));
    return [
      { label: 'OWASP SAMM 2', items: plain(r.samm2) },
      { label: 'ISO 27001:2017', items: plain(r.iso27001_2017) },
      { label: 'ISO 27001:2022', items: plain(r.iso27001_2022) },
      { label: 'OpenCRE', items: r.openCRE.map((text) => ({ text, url: httpUrl(text) })) },
      { label: 'MITRE D3FEND', items: plain(r.d3f) },
    ].filter((group) => group.items.length > 0);
  });

  protected readonly dependencies = computed(() =>
    this.activity().dependsOn.map((uuid) => ({ uuid, name: this.model()?.byUuid.get(uuid)?.name })),
  );

  protected readonly tools = computed(() =>
    this.activity().implementation.map((tool) => ({
      ...tool,
      url: tool.url === undefined ? undefined : httpUrl(tool.url),
    })),
  );
}

/** Only http(s) links become links: a model file must not be able to smuggle in `javascript:`. */
function httpUrl(text: string): string | undefined {
  return /^https?:\/\//i.test(text.trim()) ? text.trim() : undefined;
}
