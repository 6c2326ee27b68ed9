import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { errors } from 'oidc-provider';
import { findAccount, ROLES_CLAIM } from './accounts.js';

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };
}

// What an Auth0 tenant with one Regular Web Application looks like to an OIDC client.
export function configuration({ clientId, clientSecret, redirectUris, logoutUrls, registrationToken }) {
  return {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: redirectUris,
      allowed_logout_urls: logoutUrls,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    // Auth0's "Allowed Logout URLs" of an application, which /v2/logout checks returnTo against.
    extraClientMetadata: {
      properties: ['allowed_logout_urls'],
      validator(_ctx, key, value) {
        if (key === 'allowed_logout_urls' && !(Array.isArray(value) && value.every((url) => URL.canParse(url)))) {
          throw new errors.InvalidClientMetadata('allowed_logout_urls must be an array of absolute URLs');
        }
      },
    },
    // Fresh keys each start: the tokens only have to outlive one test run.
    jwks: { keys: [signingKey()] },
    cookies: {
      // The store shares the 127.0.0.1 cookie jar (cookies ignore ports); distinct names keep them apart.
      names: { session: 'oidc_session', interaction: 'oidc_interaction', resume: 'oidc_interaction_resume' },
    },
    claims: {
      openid: ['sub', ROLES_CLAIM],
      profile: ['name'],
      email: ['email', 'email_verified'],
    },
    // Auth0 issues a refresh token to an application that may use the grant and asks for offline_access, without
    // the prompt=consent that oidc-provider otherwise requires (and strips offline_access without); like Auth0's,
    // the token outlives the sign-in session that /v2/logout ends. Redeeming it yields an ID token with the
    // account's roles as they are then.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    expiresWithSession: async () => false,
    // Auth0 puts the profile claims in the ID token, so clients need not call /userinfo.
    conformIdTokenClaims: false,
    findAccount,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      // With a token, applications can be added at run time (OpenID Connect Dynamic Client Registration, which
      // Auth0 also offers) and their URLs changed afterwards (RFC 7592), so one tenant serves many test stores.
      registration: { enabled: Boolean(registrationToken), initialAccessToken: registrationToken || false },
      registrationManagement: { enabled: Boolean(registrationToken), rotateRegistrationAccessToken: false },
      // Auth0 signs out through /v2/logout, and offers no pushed authorization requests on ordinary plans;
      // advertising PAR would make ASP.NET Core's OIDC handler use it.
      rpInitiatedLogout: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
    },
    pkce: { required: () => true },
  };
}
