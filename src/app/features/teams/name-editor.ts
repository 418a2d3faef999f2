import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroupDirective,
  NgForm,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

/** Shows a name's problem as soon as the user has typed, not only after leaving the field. */
const WHILE_TYPING: ErrorStateMatcher = {
  isErrorState: (control: AbstractControl | null, form: FormGroupDirective | NgForm | null) =>
    !!control && control.invalid && (control.dirty || !!form?.submitted),
};

/**
 * A name typed in place (add or rename a team or group): Enter or the button saves, Escape
 * cancels. `validate` says why the text cannot be saved; the button stays off until it can.
 */
@Component({
  selector: 'app-name-editor',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="editor" (submit)="submit($event)" (keydown.escape)="cancelled.emit()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ label() }}</mat-label>
        <input #field matInput [formControl]="control" [errorStateMatcher]="matcher" autocomplete="off" />
        @if (control.errors?.['name']; as message) {
          <mat-error>{{ message }}</mat-error>
        }
        @if (hint()) {
          <mat-hint>{{ hint() }}</mat-hint>
        }
      </mat-form-field>
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="!canSave()">{{ action() }}</button>
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

  protected readonly matcher = WHILE_TYPING;
  /** The current rules; set from the input once it is there (inputs are not set at construction). */
  private rules?: (name: string) => string | undefined;
  protected readonly control = new FormControl('', {
    nonNullable: true,
    validators: (control: AbstractControl<string>): ValidationErrors | null => {
      const problem = this.rules?.(control.value);
      return problem ? { name: problem } : null;
    },
  });
  private readonly value = toSignal(this.control.valueChanges, { initialValue: '' });
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('field');

  constructor() {
    effect(() => this.control.setValue(this.initial(), { emitEvent: true }));
    // The rules change with the data (a team added in another tab): check again.
    effect(() => {
      this.rules = this.validate();
      this.control.updateValueAndValidity({ emitEvent: false });
    });
    afterNextRender(() => {
      if (this.autofocus()) this.field().nativeElement.select();
    });
  }

  protected canSave(): boolean {
    return this.control.valid && this.value().trim() !== this.initial().trim();
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (!this.canSave()) return;
    this.saved.emit(this.control.value.trim());
    if (!this.cancellable()) this.control.reset('');
  }
}
