import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';
import { configuration } from './configuration.js';
import { interactionRoutes } from './interactions.js';
import { auth0Logout } from './logout.js';
import { managementRoutes } from './management.js';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '0' },
    'exit-on-stdin-close': { type: 'boolean', default: false },
  },
});

const list = (value) => value.split(/[\s,]+/).filter(Boolean);
const settings = {
  clientId: process.env.OIDC_CLIENT_ID ?? 'storefront',
  clientSecret: process.env.OIDC_CLIENT_SECRET ?? 'storefront-local-secret',
  redirectUris: list(process.env.OIDC_REDIRECT_URIS ?? 'http://localhost:5000/callback'),
  logoutUrls: list(process.env.OIDC_LOGOUT_URLS ?? 'http://localhost:5000/'),
  registrationToken: process.env.OIDC_REGISTRATION_TOKEN,
};

const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port (or PORT) must be a TCP port number, not "${args.port}"`);
  process.exit(2);
}

// The issuer is only known once the port is, so the provider is built after the socket is bound.
const server = createServer();
server.on('error', (error) => {
  console.error(`cannot listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  // Auth0's issuer is https://{domain}/ with the slash; clients compare it character by character.
  const issuer = `http://127.0.0.1:${server.address().port}/`;
  const provider = new Provider(issuer, configuration(settings));
  provider.use(auth0Logout(provider));
  provider.use(managementRoutes(settings.registrationToken));
  provider.use(interactionRoutes(provider));
  server.on('request', provider.callback());
  console.log(`oidc-provider listening, issuer ${issuer}`);
});

if (args['exit-on-stdin-close']) {
  process.stdin.on('end', () => process.exit(0)).resume();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
