import { messagePage } from './login-page.js';

function refuse(ctx, message) {
  ctx.status = 400;
  ctx.type = 'html';
  ctx.body = messagePage('Logout refused', message);
}

// Auth0's GET /v2/logout?client_id=…&returnTo=…: ends the session here, then goes back to the application,
// but only to a URL listed in the client's Allowed Logout URLs, so the route cannot be used as an open redirect.
export function auth0Logout(provider) {
  return async function logout(ctx, next) {
    if (ctx.path !== '/v2/logout' || ctx.method !== 'GET') {
      return next();
    }
    const { client_id: clientId, returnTo } = ctx.query;
    const client = typeof clientId === 'string' ? await provider.Client.find(clientId) : undefined;
    if (!client) {
      refuse(ctx, 'Unknown client_id.');
      return;
    }
    if (typeof returnTo !== 'string' || !(client.allowed_logout_urls ?? []).includes(returnTo)) {
      refuse(ctx, 'returnTo is not one of the Allowed Logout URLs of this application.');
      return;
    }

    const session = await provider.Session.get(ctx);
    if (session.accountId) {
      await session.destroy();
    }
    ctx.cookies.set(provider.cookieName('session'), null);
    ctx.redirect(returnTo);
  };
}
