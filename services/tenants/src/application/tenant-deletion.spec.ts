import { ValidationFailed } from '@deskstream/kernel';
import { deletionGraceDays } from './tenant-deletion';

describe('the grace period of a tenant deletion (TENANTS_DELETION_GRACE_DAYS)', () => {
  it('is 30 days unless set, and takes any whole number of days from 0', () => {
    expect(deletionGraceDays({})).toBe(30);
    expect(deletionGraceDays({ TENANTS_DELETION_GRACE_DAYS: ' 0 ' })).toBe(0);
    expect(deletionGraceDays({ TENANTS_DELETION_GRACE_DAYS: '90' })).toBe(90);
  });

  it('refuses anything else, naming the variable', () => {
    for (const value of ['-1', '1.5', 'thirty', '4000']) {
      expect(() => deletionGraceDays({ TENANTS_DELETION_GRACE_DAYS: value })).toThrow(ValidationFailed);
    }
    try {
      deletionGraceDays({ TENANTS_DELETION_GRACE_DAYS: 'thirty' });
    } catch (error) {
      expect((error as ValidationFailed).errors.map((e) => e.field)).toEqual(['TENANTS_DELETION_GRACE_DAYS']);
    }
  });
});
