import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Evidence } from '../../domain/types';
import { EvidenceList } from './evidence-list';

const entry = (id: string, title: string): Evidence => ({
  id,
  activityUuid: 'uuid-build',
  teams: ['Team A'],
  title,
  description: '',
  evidenceRecorded: '2026-01-05',
  reviewer: '',
  attachments: [],
});

/** Removes what the list asks to remove, as the pages' evidence writer does. */
@Component({
  imports: [EvidenceList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-evidence-list [evidence]="evidence()" (remove)="removed($event)" />`,
})
class Host {
  readonly evidence = signal([entry('1', 'Pipeline'), entry('2', 'Scanner report')]);
  removed(gone: Evidence): void {
    this.evidence.update((all) => all.filter((e) => e.id !== gone.id));
  }
}

describe('EvidenceList', () => {
  it('keeps the keyboard focus in the list when an entry is deleted: on the next entry, then on "No evidence yet"', async () => {
    const fixture = TestBed.createComponent(Host);
    const root: HTMLElement = fixture.nativeElement;
    document.body.appendChild(root);
    try {
      await fixture.whenStable();
      const button = (label: string) =>
        [...root.querySelectorAll<HTMLButtonElement>('button')].find(
          (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label,
        )!;
      const remove = async (title: string) => {
        button(`Delete evidence ${title}`).focus();
        button(`Delete evidence ${title}`).click();
        await fixture.whenStable();
        button('Delete').click();
        await fixture.whenStable();
      };

      await remove('Pipeline');
      expect(root.textContent).not.toContain('Pipeline');
      // Not the page's body: the button pressed is gone.
      expect(document.activeElement).toBe(button('Edit evidence Scanner report'));

      await remove('Scanner report');
      expect(document.activeElement?.textContent).toBe('No evidence yet.');
    } finally {
      root.remove();
    }
  });
});
