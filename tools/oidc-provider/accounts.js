import { readFileSync } from 'node:fs';

// The roles claim an Auth0 Action adds to the ID token; a namespaced URL, as Auth0 requires for custom claims.
export const ROLES_CLAIM = 'https://storefront/roles';

const accounts = JSON.parse(readFileSync(new URL('./accounts.json', import.meta.url), 'utf8'));

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
