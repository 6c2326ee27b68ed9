import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The roles claim an Auth0 Action adds to the ID token; a namespaced URL, as Auth0 requires for custom claims.
export const ROLES_CLAIM = 'https://storefront/roles';

const accounts = JSON.parse(readFileSync(new URL('./accounts.json', import.meta.url), 'utf8'));

// Accounts added at run time (management.js) live in memory beside those of accounts.json, until the provider stops.
export function addAccount({ email, password, name, roles }) {
  const account = {
    sub: `auth0|${randomBytes(8).toString('hex')}`,
    email: String(email).trim().toLowerCase(),
    password: String(password),
    name: String(name),
    roles: [...roles],
  };
  accounts.push(account);
  return account;
}

export function removeAccount(sub) {
  const index = accounts.findIndex((candidate) => candidate.sub === sub);
  return index >= 0 ? accounts.splice(index, 1)[0] : undefined;
}

export function removeRoles(sub, roles) {
  const account = accounts.find((candidate) => candidate.sub === sub);
  if (account) {
    account.roles = account.roles.filter((role) => !roles.includes(role));
  }
  return account;
}

export function accountFor(email, password) {
  const wanted = String(email ?? '').trim().toLowerCase();
  return accounts.find((account) => account.email === wanted && account.password === password);
}

export async function findAccount(_ctx, sub) {
  const account = accounts.find((candidate) => candidate.sub === sub);
  if (!account) {
    return undefined;
  }
  return {
    accountId: account.sub,
    async claims() {
      return {
        sub: account.sub,
        name: account.name,
        email: account.email,
        email_verified: true,
        [ROLES_CLAIM]: account.roles,
      };
    },
  };
}
