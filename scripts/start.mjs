// `npm start`: runs the built server (building it first if needed).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root } from './ensure-built.mjs';

ensureBuilt();
await import(pathToFileURL(join(root, 'dist/server/server.js')).href);
