import { addAccount, removeAccount, removeRoles } from './accounts.js';

const USERS = /^\/api\/v2\/users$/;
const USER = /^\/api\/v2\/users\/([^/]+)$/;
const USER_ROLES = /^\/api\/v2\/users\/([^/]+)\/roles$/;
const MAX_BODY_BYTES = 16 * 1024;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

async function readJson(req) {
  let body = '';
  req.setEncoding('utf8');
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_BODY_BYTES) {
      return undefined;
    }
  }
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

const isRoleList = (roles) => Array.isArray(roles) && roles.every((role) => typeof role === 'string');

function answer(ctx, status, body) {
  ctx.status = status;
  ctx.body = body;
}

// A slice of Auth0's Management API, for tests: POST /api/v2/users adds an account (so a test that changes one
// touches no account other tests sign in with), DELETE /api/v2/users/{id}/roles takes roles away, as staff
// would in Auth0's dashboard, and DELETE /api/v2/users/{id} deletes the user, whose refresh tokens then fail. Role names stand in for Auth0's role ids. Only with a registration token set, only
// with that token as the bearer, and only from this machine.
export function managementRoutes(token) {
  return async function management(ctx, next) {
    const create = ctx.method === 'POST' && USERS.test(ctx.path);
    const roles = ctx.method === 'DELETE' ? USER_ROLES.exec(ctx.path) : null;
    const remove = ctx.method === 'DELETE' ? USER.exec(ctx.path) : null;
    if (!token || (!create && !roles && !remove)) {
      return next();
    }
    if (!LOOPBACK.has(ctx.req.socket.remoteAddress)) {
      answer(ctx, 403, { error: 'forbidden', error_description: 'The management API answers only loopback clients.' });
      return;
    }
    if (ctx.get('authorization') !== `Bearer ${token}`) {
      answer(ctx, 401, { error: 'invalid_token', error_description: 'Send the registration token as the bearer.' });
      return;
    }

    if (remove) {
      const removed = removeAccount(decodeURIComponent(remove[1]));
      answer(ctx, removed ? 204 : 404, removed ? undefined : { error: 'not_found', error_description: 'No such user.' });
      return;
    }

    const body = await readJson(ctx.req);
    if (create) {
      const valid = body && ['email', 'password', 'name'].every((key) => typeof body[key] === 'string' && body[key])
        && isRoleList(body.roles ?? []);
      if (!valid) {
        answer(ctx, 400, { error: 'invalid_body', error_description: 'Send email, password, name and roles (an array of names).' });
        return;
      }
      const account = addAccount({ ...body, roles: body.roles ?? [] });
      answer(ctx, 201, { user_id: account.sub, email: account.email, name: account.name, roles: account.roles });
      return;
    }

    if (!body || !isRoleList(body.roles)) {
      answer(ctx, 400, { error: 'invalid_body', error_description: 'Send roles, an array of role names.' });
      return;
    }
    const account = removeRoles(decodeURIComponent(roles[1]), body.roles);
    if (!account) {
      answer(ctx, 404, { error: 'not_found', error_description: 'No such user.' });
      return;
    }
    answer(ctx, 200, { user_id: account.sub, roles: account.roles });
  };
}
