import { errors } from 'oidc-provider';
import { accountFor } from './accounts.js';
import { loginPage, messagePage } from './login-page.js';

const ROUTE = /^\/interaction\/([\w-]+)(\/login)?$/;
const MAX_FORM_BYTES = 16 * 1024;

async function readForm(req) {
  let body = '';
  req.setEncoding('utf8');
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_FORM_BYTES) {
      return undefined;
    }
  }
  return new URLSearchParams(body);
}

// Consent is implied for the store, as for a first-party Auth0 application: grant whatever the prompt lacks.
async function grantConsent(provider, interaction) {
  const { prompt: { details }, params, session, grantId } = interaction;
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  if (details.missingOIDCScope) {
    grant.addOIDCScope(details.missingOIDCScope.join(' '));
  }
  if (details.missingOIDCClaims) {
    grant.addOIDCClaims(details.missingOIDCClaims);
  }
  for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  return grant.save();
}

function render(ctx, status, html) {
  ctx.status = status;
  ctx.type = 'html';
  ctx.body = html;
}

async function handle(provider, ctx, uid, isLoginPost) {
  const interaction = await provider.interactionDetails(ctx.req, ctx.res);
  if (interaction.uid !== uid) {
    render(ctx, 400, messagePage('Sign-in expired', 'Go back to the store and sign in again.'));
    return;
  }

  if (interaction.prompt.name === 'consent') {
    const grantId = await grantConsent(provider, interaction);
    ctx.respond = false;
    await provider.interactionFinished(ctx.req, ctx.res, { consent: { grantId } });
    return;
  }

  if (!isLoginPost) {
    render(ctx, 200, loginPage({ uid }));
    return;
  }

  const form = await readForm(ctx.req);
  if (!form) {
    render(ctx, 413, messagePage('Form too large', 'Enter an email address and a password.'));
    return;
  }
  const email = form.get('email');
  const account = accountFor(email, form.get('password'));
  if (!account) {
    render(ctx, 401, loginPage({ uid, email, error: 'Wrong email or password.' }));
    return;
  }
  ctx.respond = false;
  await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
}

// The login form behind the provider's interaction URL: GET shows it, POST …/login checks the password.
export function interactionRoutes(provider) {
  return async function interactions(ctx, next) {
    const match = ROUTE.exec(ctx.path);
    const isLoginPost = Boolean(match?.[2]);
    if (!match || ctx.method !== (isLoginPost ? 'POST' : 'GET')) {
      return next();
    }
    try {
      await handle(provider, ctx, match[1], isLoginPost);
    } catch (error) {
      if (!(error instanceof errors.SessionNotFound)) {
        throw error;
      }
      render(ctx, 400, messagePage('Sign-in expired', 'Go back to the store and sign in again.'));
    }
  };
}
