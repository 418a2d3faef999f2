import { ChangeDetectionStrategy, Component, ElementRef, input, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../../shared/icon/icon';

/**
 * A file picker that also takes a file dropped on it. The button opens the browser's file
 * dialog (the keyboard way); dropping is a shortcut for the mouse.
 */
@Component({
  selector: 'app-drop-zone',
  imports: [MatButtonModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="zone"
      [class.over]="over()"
      (dragenter)="dragOver($event)"
      (dragover)="dragOver($event)"
      (dragleave)="over.set(false)"
      (drop)="dropped($event)"
    >
      <app-icon name="upload" class="big" />
      <p>{{ prompt() }}</p>
      <input
        #picker
        class="visually-hidden"
        type="file"
        [accept]="accept()"
        tabindex="-1"
        aria-hidden="true"
        (change)="picked(picker)"
      />
      <button #choose mat-flat-button type="button" [disabled]="disabled()" (click)="picker.click()">
        {{ button() }}
      </button>
    </div>
  `,
  styles: `
    .zone {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 24px 16px;
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 16px;
      text-align: center;
    }
    .zone.over {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .big {
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
    p {
      margin: 0;
    }
  `,
})
export class DropZone {
  readonly prompt = input('Drop a file here, or choose one.');
  readonly button = input('Choose a file');
  readonly accept = input('.yaml,.yml,application/yaml,text/yaml,text/x-yaml');
  readonly disabled = input(false);
  readonly file = output<File>();
  protected readonly over = signal(false);
  private readonly picker = viewChild.required<ElementRef<HTMLInputElement>>('picker');
  private readonly choose = viewChild.required('choose', { read: ElementRef<HTMLButtonElement> });

  protected dragOver(event: DragEvent): void {
    if (this.disabled() || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.over.set(true);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    const file = event.dataTransfer?.files[0];
    if (file && !this.disabled()) this.file.emit(file);
  }

  protected picked(input: HTMLInputElement): void {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires again.
    input.value = '';
    if (file) this.file.emit(file);
  }

  /** Moves the focus to the button that chooses a file (where a keyboard user goes on). */
  focus(): void {
    this.choose().nativeElement.focus();
  }

  /** Opens the browser's file dialog (for callers that have their own button). */
  open(): void {
    this.picker().nativeElement.click();
  }
}
