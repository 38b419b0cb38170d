/**
 * Who may call the headless shell, and how a browser gets in without leaving a live secret in
 * its history.
 *
 * - The **API token** (also in the `serve-token` file) is for local tools: a bearer token valid
 *   until the shell stops. It never appears in a URL.
 * - The printed **link** carries a one-time code (`?token=…`). The page exchanges it once
 *   (`POST /session`) for a **session token** it keeps in sessionStorage; the code is then dead,
 *   so the copy the browser keeps in its history opens nothing. Each exchange prints a new link
 *   for the next window.
 * All comparisons are constant-time (`tokenMatches`), and a lookup compares against every
 * candidate without stopping early.
 */
import { newToken, tokenMatches } from './token';

/** Sessions kept at most; the oldest is dropped first (each needs a link from the console). */
const MAX_SESSIONS = 64;
/** Spent codes remembered to say "already used"; older ones are refused as unknown. */
const MAX_SPENT = 256;

/** What exchanging a link code gave. */
export type Exchange = { ok: true; session: string } | { ok: false; reason: 'used' | 'unknown' };

/** The shell's credentials for one run. */
export type Access = {
  /** The one-time code of the link to print now. */
  linkCode(): string;
  /** Spends a link code: a session token, or why not. A new link code replaces the spent one. */
  exchange(code: string | null): Exchange;
  /** True for the API token or a live session token. */
  allows(token: string | null | undefined): boolean;
};

/** Credentials for one run of the shell around its API token. */
export function createAccess(apiToken: string): Access {
  let code = newToken();
  const spent: string[] = [];
  const sessions: string[] = [];
  const anyMatches = (list: readonly string[], given: string | null | undefined) =>
    list.reduce((found, candidate) => tokenMatches(candidate, given) || found, false);
  return {
    linkCode: () => code,
    exchange(given) {
      if (tokenMatches(code, given)) {
        spent.push(code);
        if (spent.length > MAX_SPENT) spent.shift();
        code = newToken();
        const session = newToken();
        sessions.push(session);
        if (sessions.length > MAX_SESSIONS) sessions.shift();
        return { ok: true, session };
      }
      return { ok: false, reason: anyMatches(spent, given) ? 'used' : 'unknown' };
    },
    allows: (given) => tokenMatches(apiToken, given) || anyMatches(sessions, given),
  };
}
