/**
 * Remote URLs of code repositories, and the web page of a commit on the forges that have one.
 */

/** The remote URL without credentials (`https://user:token@host/…` → `https://host/…`): tickets are shared, tokens are not. */
export function withoutCredentials(remote: string): string {
  return remote.replace(/^(https?:\/\/)[^@/]*@/i, '$1');
}

/**
 * The page of a commit for a remote on a web forge: GitHub, Gitea/Forgejo (and most others)
 * show it at `/commit/HASH`, GitLab at `/-/commit/HASH`, Bitbucket at `/commits/HASH`.
 * Undefined for remotes that are no web forge (a path, `file://`).
 */
export function commitWebLink(remote: string, hash: string): string | undefined {
  const place = webPlace(remote.trim());
  if (!place) return undefined;
  const host = place.host.toLowerCase();
  const page = host.includes('gitlab') ? '-/commit' : host === 'bitbucket.org' ? 'commits' : 'commit';
  return `${place.scheme}://${place.host}/${place.path}/${page}/${hash}`;
}

function webPlace(remote: string): { scheme: string; host: string; path: string } | undefined {
  // scp-like: git@github.com:org/app.git
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/)(.+)$/.exec(remote);
  if (scp && !remote.includes('://')) return clean('https', scp[1]!, scp[2]!);
  const url = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?([^/:]+)(?::(\d+))?\/(.+)$/i.exec(remote);
  if (!url) return undefined;
  const scheme = url[1]!.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return clean(scheme, url[3] ? `${url[2]}:${url[3]}` : url[2]!, url[4]!);
  // ssh and git protocols: the web page is on the same host over https (the ssh port is not the web's)
  if (scheme === 'ssh' || scheme === 'git' || scheme === 'git+ssh') return clean('https', url[2]!, url[4]!);
  return undefined;
}

function clean(scheme: string, host: string, path: string) {
  const trimmed = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  return trimmed ? { scheme, host, path: trimmed } : undefined;
}
