import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { sizeLabel } from '../../domain/common/size-label';
import { Problem } from '../../domain/types';
import { confirm } from '../../shared/confirm-dialog/confirm-dialog';
import { Icon } from '../../shared/icon/icon';
import { AssessmentStore } from '../../state/assessment-store';
import { CustomFiles, CustomFilesResult } from '../../state/custom-files';
import { DropZone } from './drop-zone';
import { ProblemList } from './problem-list';

/**
 * Custom activity files: overlays applied on top of the served model, in the order added (see the
 * README's "Using your own files"). A file is checked with the served files before it is kept (see
 * CustomFiles, which does the work); once kept it persists, and if the model later refuses it (the served files changed), its errors show
 * here and the model loads without it.
 */
@Component({
  selector: 'app-custom-files-panel',
  imports: [MatButtonModule, MatProgressBarModule, DropZone, Icon, ProblemList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './custom-files-panel.html',
  styleUrl: './panel.scss',
  styles: `
    .files {
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
    }
    .files > li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .name {
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .state {
      color: var(--mat-sys-on-surface-variant);
    }
    .problems,
    .refused {
      margin: 8px 0 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      overflow-wrap: anywhere;
    }
    .refused p {
      margin: 0 0 4px;
    }
    .warning {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class CustomFilesPanel {
  private readonly store = inject(AssessmentStore);
  private readonly customFiles = inject(CustomFiles);
  private readonly dialog = inject(MatDialog);
  protected readonly busy = signal(false);
  protected readonly refused = signal<{ readonly name: string; readonly problems: readonly Problem[] } | undefined>(
    undefined,
  );
  protected readonly message = signal('');

  protected readonly files = computed(() => {
    const { assessment, data, problems } = this.store.state();
    const loaded = new Set(data?.files ?? []);
    return assessment.customFiles.map((file) => {
      const own = problems.filter((p) => p.file === file.name);
      return {
        name: file.name,
        size: sizeLabel(new TextEncoder().encode(file.text).length),
        applied: loaded.has(file.name),
        errors: own.filter((p) => p.code === 'custom-file-not-applied'),
        warnings: own.filter((p) => p.code !== 'custom-file-not-applied'),
      };
    });
  });

  protected async add(file: File): Promise<void> {
    this.refused.set(undefined);
    this.message.set('');
    this.busy.set(true);
    try {
      this.show(file.name, await this.customFiles.add(file));
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(name: string): Promise<void> {
    const ok = await confirm(this.dialog, {
      title: `Remove "${name}"?`,
      paragraphs: [
        'The model is loaded again without this file. Progress and evidence recorded on its activities stay in the data (listed as unknown activities) and count again if you add the file back.',
      ],
      confirm: 'Remove file',
      destructive: true,
    });
    if (!ok) return;
    this.busy.set(true);
    try {
      this.show(name, await this.customFiles.remove(name));
    } finally {
      this.busy.set(false);
    }
  }

  private show(name: string, result: CustomFilesResult): void {
    if (result.state === 'refused') this.refused.set({ name, problems: result.problems });
    else this.message.set(result.message);
  }
}
