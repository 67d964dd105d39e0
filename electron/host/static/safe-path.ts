import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/**
 * Maps a URL path (still percent-encoded, as it arrives on the wire) to a file path under
 * `root`, or null when it could escape it. Both the web host and Electron's app:// protocol
 * serve the renderer through this one check, so `..`, `%2e%2e`, `..%2f`, backslashes and NUL
 * bytes are refused in one place rather than trusted to each caller's URL parser.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  if (!urlPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${decoded}`);
  return target === base || target.startsWith(base + sep) ? target : null;
}

/** `/` and folder paths name the folder's index.html, as a static server does. */
export function withIndex(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
}

/**
 * The regular file the URL path names, or null when there is none or when it resolves
 * (through a symbolic link) outside `root`.
 */
export async function findServableFile(root: string, urlPath: string): Promise<string | null> {
  const candidate = resolveInside(root, withIndex(urlPath));
  if (!candidate) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!realFile.startsWith(realRoot + sep)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}
