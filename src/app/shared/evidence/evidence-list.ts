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
import { AttachmentType, Evidence } from '../../domain/types';
import { Icon } from '../icon/icon';
import { IconName } from '../icon/icon-paths';
import { formatDay } from '../local-day';

const ATTACHMENT_ICONS: Record<AttachmentType, IconName> = { document: 'description', image: 'image', link: 'link' };

/** Evidence entries with their attachments; edit and delete (after a confirmation) are emitted. */
@Component({
  selector: 'app-evidence-list',
  imports: [MatButtonModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evidence-list.html',
  styleUrl: './evidence-list.scss',
})
export class EvidenceList {
  readonly evidence = input.required<readonly Evidence[]>();
  readonly dateLocale = input<string | undefined>(undefined);
  readonly edit = output<Evidence>();
  readonly remove = output<Evidence>();

  /** The entry whose deletion is being confirmed. */
  protected readonly confirming = signal<string | undefined>(undefined);
  protected readonly icons = ATTACHMENT_ICONS;
  // `read: ElementRef`: on a mat-button element the reference alone gives the MatButton instance.
  private readonly keep = viewChild('keep', { read: ElementRef<HTMLButtonElement> });
  private readonly deleteButtons = viewChildren('deleteButton', { read: ElementRef<HTMLButtonElement> });
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
    afterNextRender(
      () =>
        this.deleteButtons()
          .find((b) => b.nativeElement.dataset['id'] === entry.id)
          ?.nativeElement.focus(),
      { injector: this.injector },
    );
  }

  protected confirmRemove(entry: Evidence): void {
    this.confirming.set(undefined);
    this.remove.emit(entry);
  }
}
