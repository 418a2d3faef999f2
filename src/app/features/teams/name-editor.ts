import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  linkedSignal,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/**
 * A name typed in place (add or rename a team or group): Enter or the button saves, Escape
 * cancels. `problem` says why the text cannot be saved; the button stays off until it can.
 */
@Component({
  selector: 'app-name-editor',
  imports: [MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="editor" (submit)="submit($event)" (keydown.escape)="cancelled.emit()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ label() }}</mat-label>
        <input #field matInput [value]="text()" (input)="text.set(field.value)" autocomplete="off" />
        @if (shownProblem(); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else if (hint()) {
          <mat-hint>{{ hint() }}</mat-hint>
        }
      </mat-form-field>
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="!!currentProblem()">{{ action() }}</button>
        @if (cancellable()) {
          <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
        }
      </div>
    </form>
  `,
  styles: `
    .editor {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px;
    }
    mat-form-field {
      flex: 1 1 16rem;
      min-width: 0;
    }
    .buttons {
      display: flex;
      gap: 4px;
      padding-top: 8px;
    }
  `,
})
export class NameEditor {
  readonly label = input.required<string>();
  readonly initial = input('');
  readonly action = input('Save');
  readonly hint = input('');
  readonly cancellable = input(true);
  /** Why a name cannot be used; undefined when it can. */
  readonly validate = input.required<(name: string) => string | undefined>();
  readonly autofocus = input(false);
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly text = linkedSignal(() => this.initial());
  private readonly touched = computed(() => this.text() !== this.initial());
  protected readonly currentProblem = computed(
    () => this.validate()(this.text()) ?? (this.touched() ? undefined : 'unchanged'),
  );
  /** Shown once the user typed: an empty add form is not an error yet. */
  protected readonly shownProblem = computed(() => {
    const problem = this.validate()(this.text());
    return this.touched() && this.text() !== '' ? problem : undefined;
  });
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('field');

  constructor() {
    afterNextRender(() => {
      if (this.autofocus()) this.field().nativeElement.select();
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.currentProblem()) return;
    this.saved.emit(this.text().trim());
    if (!this.cancellable()) {
      this.text.set('');
      this.field().nativeElement.value = '';
    }
  }
}
