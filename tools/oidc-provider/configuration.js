import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { findAccount, ROLES_CLAIM } from './accounts.js';

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };
}

// What an Auth0 tenant with one Regular Web Application looks like to an OIDC client.
export function configuration({ clientId, clientSecret, redirectUris }) {
  return {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
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
    // Auth0 puts the profile claims in the ID token, so clients need not call /userinfo.
    conformIdTokenClaims: false,
    findAccount,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      // Auth0 signs out through /v2/logout, and offers no pushed authorization requests on ordinary plans;
      // advertising PAR would make ASP.NET Core's OIDC handler use it.
      rpInitiatedLogout: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
    },
    pkce: { required: () => true },
  };
}
