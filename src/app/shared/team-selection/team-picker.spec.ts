import { Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocomplete } from '@angular/material/autocomplete';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { By } from '@angular/platform-browser';
import { PickerOption, TeamPicker } from './team-picker';

const TEAMS: PickerOption[] = Array.from({ length: 120 }, (_, i) => ({
  key: `team:Team ${i + 1}`,
  label: `Team ${i + 1}`,
  kind: 'Teams',
}));

@Component({
  imports: [TeamPicker],
  template: `<app-team-picker label="Team" [options]="options" [value]="value()" (chosen)="value.set($event)" />`,
})
class Host {
  readonly options = [...TEAMS, { key: 'group:Platform', label: 'Platform', kind: 'Groups' }];
  readonly value = signal<string | undefined>('team:Team 2');
  readonly picker = viewChild.required(TeamPicker);
}

describe('TeamPicker', () => {
  async function open() {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return { fixture, auto: await loader.getHarness(MatAutocompleteHarness) };
  }

  it('shows the chosen team, lists the first 50 options and says how many more there are', async () => {
    const { auto } = await open();
    expect(await auto.getValue()).toBe('Team 2');
    await auto.focus();
    const options = await auto.getOptions();
    expect(options.length).toBe(51);
    expect(await options[0].getText()).toBe('Team 1');
    expect(await options[50].getText()).toBe('71 more match: type to narrow down');
    expect(await options[50].isDisabled()).toBeTrue();
  });

  it('finds teams and groups by what is typed, and chooses one', async () => {
    const { fixture, auto } = await open();
    await auto.clear();
    await auto.enterText('platf');
    expect(await Promise.all((await auto.getOptions()).map((o) => o.getText()))).toEqual(['Platform']);
    await auto.clear();
    await auto.enterText('Team 11');
    const found = await Promise.all((await auto.getOptions()).map((o) => o.getText()));
    expect(found).toEqual(['Team 11', ...Array.from({ length: 10 }, (_, i) => `Team ${110 + i}`)]);
    await auto.selectOption({ text: 'Team 115' });
    expect(fixture.componentInstance.value()).toBe('team:Team 115');
    expect(await auto.getValue()).toBe('Team 115');
    await auto.clear();
    await auto.enterText('nothing like it');
    expect(await Promise.all((await auto.getOptions()).map((o) => o.getText()))).toEqual([
      'Nothing matches “nothing like it”',
    ]);
  });

  it('makes its options only when the panel opens, by keyboard as by focus', async () => {
    const { fixture, auto } = await open();
    // Options made while closed cost every page with a picker 40-90 ms for nothing shown.
    const made = () =>
      fixture.debugElement.query(By.directive(MatAutocomplete)).injector.get(MatAutocomplete).options.length;
    expect(made()).toBe(0);
    await auto.focus();
    expect(await auto.isOpen()).toBeTrue();
    expect((await auto.getOptions()).length).toBe(51);
    const field = await auto.host();
    await field.sendKeys(TestKey.ESCAPE);
    expect(await auto.isOpen()).toBeFalse();
    expect(made()).toBe(0);
    // The arrow keys open it again, then move through the same list; Enter chooses.
    await field.sendKeys(TestKey.DOWN_ARROW);
    expect(await auto.isOpen()).toBeTrue();
    expect((await auto.getOptions()).length).toBe(51);
    await field.sendKeys(TestKey.DOWN_ARROW);
    await field.sendKeys(TestKey.DOWN_ARROW);
    await field.sendKeys(TestKey.ENTER);
    expect(fixture.componentInstance.value()).toBe('team:Team 2');
    expect(await auto.isOpen()).toBeFalse();
    expect(made()).toBe(0);
    await auto.clear();
    await auto.enterText('Team 99');
    expect(await Promise.all((await auto.getOptions()).map((o) => o.getText()))).toEqual(['Team 99']);
  });

  it('takes the focus in its text field when asked', async () => {
    const { fixture } = await open();
    fixture.componentInstance.picker().focus();
    expect(document.activeElement).toBe(fixture.nativeElement.querySelector('app-team-picker input'));
  });
});
