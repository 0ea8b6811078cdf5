// `npm run build` (run by `npm install` through `prepare`): bundles the server and CLI with esbuild and the web app with Vite.
import { existsSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';

const started = Date.now();
rmSync('dist/server', { recursive: true, force: true });
await esbuild({
  entryPoints: { server: 'src/server.ts', cli: 'src/cli.ts' },
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`server built in ${Date.now() - started} ms`);

if (existsSync('web/index.html')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'web/vite.config.ts', logLevel: 'warn' });
  console.log(`web app built in ${Date.now() - started} ms`);
}
