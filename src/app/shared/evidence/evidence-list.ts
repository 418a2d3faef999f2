import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { changedAfterReview } from '../../domain/evidence/evidence-review';
import { AttachmentType, Evidence } from '../../domain/types';
import { Icon } from '../icon/icon';
import { IconName } from '../icon/icon-paths';
import { formatDay } from '../local-day';
import { ReviewForm } from './review-form';
import { neighboursOf } from '../focus-after-render';

/** A review of one piece of evidence, by the reviewer named. */
export interface EvidenceReview {
  readonly evidence: Evidence;
  readonly reviewer: string;
}

const ATTACHMENT_ICONS: Record<AttachmentType, IconName> = { document: 'description', image: 'image', link: 'link' };

/**
 * Evidence entries with their attachments, who recorded and who reviewed each and when, and
 * "changed after review"; edit, review (asking the reviewer's name) and delete (after a
 * confirmation) are emitted.
 */
@Component({
  selector: 'app-evidence-list',
  imports: [MatButtonModule, Icon, ReviewForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evidence-list.html',
  styleUrl: './evidence-list.scss',
})
export class EvidenceList {
  readonly evidence = input.required<readonly Evidence[]>();
  readonly dateLocale = input<string | undefined>(undefined);
  /** The reviewer's name a review form offers (the last one given). */
  readonly reviewerName = input('');
  readonly edit = output<Evidence>();
  readonly remove = output<Evidence>();
  readonly review = output<EvidenceReview>();

  /** The entry whose deletion is being confirmed. */
  protected readonly confirming = signal<string | undefined>(undefined);
  /** The entry whose review form is open. */
  protected readonly reviewing = signal<string | undefined>(undefined);
  protected readonly changed = changedAfterReview;
  protected readonly icons = ATTACHMENT_ICONS;
  // `read: ElementRef`: on a mat-button element the reference alone gives the MatButton instance.
  private readonly keep = viewChild('keep', { read: ElementRef<HTMLButtonElement> });
  private readonly editButtons = viewChildren('editButton', { read: ElementRef<HTMLButtonElement> });
  private readonly deleteButtons = viewChildren('deleteButton', { read: ElementRef<HTMLButtonElement> });
  private readonly none = viewChild<ElementRef<HTMLElement>>('none');
  private readonly reviewButtons = viewChildren('reviewButton', { read: ElementRef<HTMLButtonElement> });
  private readonly injector = inject(Injector);

  constructor() {
    // The confirmation replaces the buttons: focus moves into it rather than getting lost.
    effect(() => this.keep()?.nativeElement.focus());
  }

  protected day(date: string): string {
    return formatDay(date, this.dateLocale());
  }

  protected cancelRemove(entry: Evidence): void {
    this.confirming.set(undefined);
    this.focusLater(this.deleteButtons, entry);
  }

  protected openReview(entry: Evidence): void {
    this.confirming.set(undefined);
    this.reviewing.set(entry.id);
  }

  protected reviewed(entry: Evidence, reviewer: string): void {
    this.reviewing.set(undefined);
    this.review.emit({ evidence: entry, reviewer });
    this.focusLater(this.reviewButtons, entry);
  }

  protected cancelReview(entry: Evidence): void {
    this.reviewing.set(undefined);
    this.focusLater(this.reviewButtons, entry);
  }

  /** The buttons come back after the next render: the focus returns to the entry's one. */
  private focusLater(buttons: () => readonly ElementRef<HTMLButtonElement>[], entry: Evidence): void {
    afterNextRender(
      () =>
        buttons()
          .find((b) => b.nativeElement.dataset['id'] === entry.id)
          ?.nativeElement.focus(),
      { injector: this.injector },
    );
  }

  /**
   * The entry leaves the list with the button pressed: the focus goes to the entry that takes its
   * place (else the one before, else "No evidence yet"), not back to the page's start.
   */
  protected confirmRemove(entry: Evidence): void {
    const next = neighboursOf(this.evidence(), entry);
    this.confirming.set(undefined);
    this.remove.emit(entry);
    afterNextRender(
      () => {
        const ids = next.map((other) => other.id);
        const buttons = this.editButtons().map((b) => b.nativeElement);
        const target = ids.map((id) => buttons.find((b) => b.dataset['id'] === id)).find((b) => b !== undefined);
        (target ?? this.none()?.nativeElement)?.focus();
      },
      { injector: this.injector },
    );
  }
}
