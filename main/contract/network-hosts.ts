/**
 * Where a model server's address points, judged on the address as written (nothing is resolved
 * or contacted): shared by the core, which enforces the plain-http rule, and the settings form,
 * which asks for the confirmation that rule needs.
 */

/** Whether a URL host is this machine, where plain http needs no confirmation. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Whether a URL host is on a private network (RFC 1918, link-local, IPv6 unique-local and
 * link-local, an mDNS `.local` name): where a shop's own model server would be. Judged on the
 * address as written; nothing is resolved or contacted.
 */
export function isPrivateNetworkHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.local$/.test(host)) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  // IPv6 (the URL parser has already normalised it): fc00::/7 unique-local, fe80::/10 link-local.
  return host.includes(':') && /^(f[cd][0-9a-f]{2}|fe[89ab][0-9a-f]):/.test(host);
}
