import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { RemovedStageChoice } from '../../domain/stages/apply-stage-draft';
import { percentLabel } from '../../domain/stages/stage-draft';
import { Stage } from '../../domain/types';
import { countOf } from '../../domain/common/count-of';

export interface StageRemovalData {
  /** Deleted stages that hold progress, with the number of entries. */
  readonly removed: readonly { readonly stage: Stage; readonly entries: number }[];
  /** The stages of the new definition the progress can move to. */
  readonly targets: readonly Stage[];
}

type Kind = RemovedStageChoice['kind'];

/** Asks, for each deleted stage that holds progress, what happens to it; undefined = cancelled. */
export function askStageRemoval(
  dialog: MatDialog,
  data: StageRemovalData,
): Promise<Record<string, RemovedStageChoice> | undefined> {
  const ref = dialog.open<StageRemovalDialog, StageRemovalData, Record<string, RemovedStageChoice>>(
    StageRemovalDialog,
    {
      data,
      width: '560px',
      maxWidth: '96vw',
    },
  );
  return firstValueFrom(ref.afterClosed());
}

/** The stage of `targets` nearest in score to `stage` (the lower one on a tie): the usual home of its dates. */
function nearest(stage: Stage, targets: readonly Stage[]): Stage | undefined {
  return [...targets]
    .filter((target) => target.score > 0)
    .sort((a, b) => Math.abs(a.score - stage.score) - Math.abs(b.score - stage.score) || a.score - b.score)[0];
}

@Component({
  selector: 'app-stage-removal-dialog',
  imports: [MatDialogModule, MatButtonModule, MatRadioModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Deleted stages hold progress</h2>
    <mat-dialog-content>
      <p>Say what happens to the progress recorded at each deleted stage. Nothing changes until you save.</p>
      @for (item of data.removed; track item.stage.title; let i = $index) {
        <fieldset>
          <legend>"{{ item.stage.title }}" ({{ percent(item.stage.score) }}): {{ entriesText(item.entries) }}</legend>
          <mat-radio-group
            [value]="kinds()[i]"
            (change)="setKind(i, $event.value)"
            [attr.aria-label]="'What happens to ' + item.stage.title"
          >
            <mat-radio-button value="move" [disabled]="moveTargets.length === 0"
              >Move the dates to another stage</mat-radio-button
            >
            @if (kinds()[i] === 'move') {
              <mat-form-field subscriptSizing="dynamic" class="target">
                <mat-label>Stage</mat-label>
                <mat-select [value]="targets()[i]" (selectionChange)="setTarget(i, $event.value)">
                  @for (target of moveTargets; track target.title) {
                    <mat-option [value]="target.title">{{ target.title }} ({{ percent(target.score) }})</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            }
            <mat-radio-button value="keep"
              >Keep the dates under "{{ item.stage.title }}" (kept in the files, no longer counted)</mat-radio-button
            >
            <mat-radio-button value="remove"
              >Delete the dates (those teams fall back to their stage below)</mat-radio-button
            >
          </mat-radio-group>
        </fieldset>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">Cancel</button>
      <button mat-flat-button type="button" (click)="done()">Save stages</button>
    </mat-dialog-actions>
  `,
  styles: `
    fieldset {
      margin: 0 0 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0 4px;
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
    }
    .target {
      margin: 0 0 8px 40px;
      max-width: 20rem;
    }
  `,
})
export class StageRemovalDialog {
  protected readonly data = inject<StageRemovalData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<StageRemovalDialog, Record<string, RemovedStageChoice>>>(MatDialogRef);
  protected readonly moveTargets = this.data.targets.filter((stage) => stage.score > 0);
  protected readonly kinds = signal<Kind[]>(
    this.data.removed.map(() => (this.moveTargets.length > 0 ? 'move' : 'keep')),
  );
  protected readonly targets = signal<string[]>(
    this.data.removed.map((item) => nearest(item.stage, this.data.targets)?.title ?? ''),
  );
  protected readonly percent = percentLabel;
  protected readonly entriesText = (n: number) => countOf(n, 'entry', 'entries');

  protected setKind(index: number, kind: Kind): void {
    this.kinds.update((kinds) => kinds.map((k, i) => (i === index ? kind : k)));
  }

  protected setTarget(index: number, title: string): void {
    this.targets.update((targets) => targets.map((t, i) => (i === index ? title : t)));
  }

  protected done(): void {
    // fromEntries, not assignment: a stage may be called `__proto__`.
    const choices = Object.fromEntries(
      this.data.removed.map((item, i): [string, RemovedStageChoice] => {
        const kind = this.kinds()[i];
        return [item.stage.title, kind === 'move' ? { kind, to: this.targets()[i] } : { kind }];
      }),
    );
    this.ref.close(choices);
  }
}
