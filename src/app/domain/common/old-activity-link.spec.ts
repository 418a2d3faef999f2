import { SMALL_MODEL, uuidOf } from '../testing/model-fixture';
import { oldActivityLink } from './old-activity-link';

describe('oldActivityLink (links of the OWASP DSOMM app)', () => {
  const secrets = uuidOf('Test for stored secrets');

  it('opens the activity a uuid names, as given, even before the model has loaded', () => {
    expect(oldActivityLink({ uuid: ` ${secrets} ` }, undefined)).toEqual({ to: 'activity', uuid: secrets });
  });

  it('finds an activity by its name, exactly or in another case, the first of repeated names', () => {
    expect(oldActivityLink({ name: 'Test for stored secrets' }, SMALL_MODEL)).toEqual({
      to: 'activity',
      uuid: secrets,
    });
    expect(oldActivityLink({ name: ['test FOR stored secrets ', 'Other'] }, SMALL_MODEL)).toEqual({
      to: 'activity',
      uuid: secrets,
    });
  });

  it('says which name it did not find, and goes to the matrix when the link names nothing', () => {
    expect(oldActivityLink({ name: 'Gone activity' }, SMALL_MODEL)).toEqual({ to: 'not-found', name: 'Gone activity' });
    expect(oldActivityLink({ uuid: ' ', name: null }, SMALL_MODEL)).toEqual({ to: 'matrix' });
  });
});
