import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { MappingColumn, MappingRow, SortDirection } from '../../domain/mapping/mapping-rows';
import { isLink, referenceLabel } from '../../domain/mapping/standards';
import { isMappingColumn, MAPPING_COLUMNS } from '../../domain/mapping/mapping-params';
import { Icon } from '../../shared/icon/icon';
import { ScrollArea } from '../../shared/scroll-area/scroll-area';

/** One row per activity with its mapped ids; sorting is reported, the page sorts (naturally). */
@Component({
  selector: 'app-mapping-table',
  imports: [MatTableModule, MatSortModule, RouterLink, Icon, ScrollArea],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mapping-table.html',
  styleUrl: './mapping-table.scss',
  // The table scrolls sideways on narrow screens; a focusable region lets keyboard users scroll it.
  host: { tabindex: '0', role: 'region', 'aria-label': 'Mappings table' },
})
export class MappingTable {
  readonly rows = input.required<readonly MappingRow[]>();
  readonly sort = input<MappingColumn>();
  readonly direction = input<SortDirection>('asc');
  readonly sortChange = output<{ column?: MappingColumn; direction: SortDirection }>();

  protected readonly columns = MAPPING_COLUMNS;
  protected readonly idColumns = [
    { key: 'samm2', label: 'SAMM' },
    { key: 'iso27001_2017', label: 'ISO 27001:2017' },
    { key: 'iso27001_2022', label: 'ISO 27001:2022' },
  ] as const;
  protected readonly data = computed(() => [...this.rows()]);
  protected readonly label = referenceLabel;
  protected readonly isLink = isLink;

  protected sorted(sort: Sort): void {
    const column = sort.direction === '' || !isMappingColumn(sort.active) ? undefined : sort.active;
    this.sortChange.emit({ column, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
  }
}
