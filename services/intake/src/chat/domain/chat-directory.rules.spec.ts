import { ValidationFailed } from '@deskstream/kernel';
import { ensureKnownService } from './chat-directory.rules';

describe('the service a chat ticket names', () => {
  const catalogue = { listed: true, known: ['email', 'vpn'] };

  it('is taken when the directory knows it, or when none was named', () => {
    expect(() => ensureKnownService('vpn', catalogue)).not.toThrow();
    expect(() => ensureKnownService(undefined, catalogue)).not.toThrow();
  });

  it('is refused when the directory does not know it, naming the field and the value', () => {
    expect(() => ensureKnownService('emial', catalogue)).toThrow(ValidationFailed);
    try {
      ensureKnownService('emial', catalogue);
    } catch (error) {
      expect((error as ValidationFailed).errors).toEqual([{ field: 'service', message: 'no active service "emial" in the directory' }]);
    }
  });

  it('is free text while the tenant directory lists no service, or without a directory copy', () => {
    expect(() => ensureKnownService('anything', { listed: false, known: [] })).not.toThrow();
    expect(() => ensureKnownService('anything', undefined)).not.toThrow();
  });
});
