/**
 * The access token a page signs in with. It may come in the URL fragment (`#token=<jwt>`, which never reaches a
 * server or its logs) and is then kept in sessionStorage (this tab only, gone when it closes) and removed
 * from the address bar, so that a screenshot or a shared URL does not carry it.
 */
const STORAGE_KEY = 'collexis.token';

export function tokenFromFragment(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (!token) return null;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  return token.replace(/^Bearer\s+/i, '').trim();
}

/** The token of the fragment, else the one this tab kept. */
export function storedToken(): string | null {
  const fromFragment = tokenFromFragment();
  if (fromFragment) sessionStorage.setItem(STORAGE_KEY, fromFragment);
  return fromFragment ?? sessionStorage.getItem(STORAGE_KEY);
}

export function keepToken(token: string): void {
  sessionStorage.setItem(STORAGE_KEY, token.replace(/^Bearer\s+/i, '').trim());
}

export function forgetToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The graphql-ws URL of the page's own gateway. */
export function graphqlWebSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/** The command that prints a token for the embedded stack. */
export const tokenCommand = (role: string) => `npx -y pnpm@10.34.8 run --silent token --role ${role}`;
