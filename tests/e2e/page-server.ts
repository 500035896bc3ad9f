import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** A static page server on 127.0.0.1 for end-to-end tests; every request is to loopback only. */
export interface PageServer {
  /** Port the server listens on. */
  port: number;
  /** URL of `path` on `host` (a `*.test` host resolves to 127.0.0.1 in the harness's Chromium). */
  url(path: string, host?: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * Serves files under `roots` (first match wins). Unknown paths get a small ordinary page whose
 * title names the host and path, so a test can visit any "site" without writing a file for it.
 */
export async function startPageServer(roots: string[]): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    for (const root of roots) {
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(root)) break;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // try the next root
      }
    }
    const host = (req.headers.host ?? '').replace(/[^a-z0-9.:-]/gi, '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><title>${host}${path}</title><body><main><h1>${host}</h1><p>An ordinary page.</p></main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path, host = '127.0.0.1') =>
      `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Chromium keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
