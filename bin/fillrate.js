#!/usr/bin/env node
// `npx fillrate …`: the command-line interface (migrate, seed, create-agency, create-user).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, root } from '../scripts/ensure-built.mjs';

ensureBuilt();
await import(pathToFileURL(join(root, 'dist/server/cli.js')).href);
