import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { webDistFolder } from '../paths';
import { markRoutesPublic } from './public-scope';

/**
 * Serves the built single-page app's files. Returns index.html, which the not-found handler answers for any
 * other non-API page (client-side routes), or undefined when the web app is not built.
 */
export async function registerWebApp(app: FastifyInstance, folder = webDistFolder): Promise<string | undefined> {
  const indexFile = join(folder, 'index.html');
  if (!existsSync(indexFile)) {
    return undefined;
  }
  await app.register(async (web) => {
    markRoutesPublic(web);
    await web.register(fastifyStatic, {
      root: folder,
      wildcard: false,
      index: ['index.html'],
      setHeaders: (reply, path) => {
        // Vite names assets by content hash, so they never change; index.html must always be fresh.
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  });
  return readFileSync(indexFile, 'utf8');
}
