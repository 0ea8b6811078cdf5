import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { webDistFolder } from '../paths';
import { markRoutesPublic } from './public-scope';

/** Serves the built single-page app; any non-API path that is not a file gets index.html (client-side routes). */
export async function registerWebApp(app: FastifyInstance): Promise<boolean> {
  const hasBuild = existsSync(join(webDistFolder, 'index.html'));
  if (!hasBuild) {
    return false;
  }
  await app.register(async (web) => {
    markRoutesPublic(web);
    await web.register(fastifyStatic, {
      root: webDistFolder,
      wildcard: false,
      index: ['index.html'],
      setHeaders: (reply, path) => {
        // Vite names assets by content hash, so they never change; index.html must always be fresh.
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  });
  return true;
}
