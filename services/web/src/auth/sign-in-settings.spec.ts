import { InMemoryWebStorage } from 'oidc-client-ts';
import { userManagerSettings } from './sign-in-settings';

describe('where the web app signs in', () => {
  const roundTrip = new InMemoryWebStorage();

  it("uses the organisation's issuer by its discovery document when the build names one, asking for OpenID", () => {
    const settings = userManagerSettings('https://desk.example', { authority: 'https://id.example/realms/desk', clientId: 'desk-web' }, roundTrip);
    expect(settings).toMatchObject({
      authority: 'https://id.example/realms/desk',
      client_id: 'desk-web',
      scope: 'openid profile',
      response_type: 'code',
      redirect_uri: 'https://desk.example/login/callback',
    });
    expect(settings.metadata).toBeUndefined();
  });

  it("otherwise uses the embedded issuer on the app's own origin, whatever host name it was configured with", () => {
    const settings = userManagerSettings('http://127.0.0.1:4100', {}, roundTrip);
    expect(settings).toMatchObject({ authority: 'http://127.0.0.1:4100', client_id: 'web', response_type: 'code' });
    expect(settings.metadata).toMatchObject({
      authorization_endpoint: 'http://127.0.0.1:4100/oauth/authorize',
      token_endpoint: 'http://127.0.0.1:4100/oauth/token',
    });
    expect(settings.scope?.split(' ')).not.toContain('openid');
  });
});
