import openapiTS, { astToString } from 'openapi-typescript';
import type { FastifyInstance } from 'fastify';

/** The OpenAPI document as committed: stable key order so a diff shows real changes only. */
export function openApiJson(app: FastifyInstance): string {
  return JSON.stringify(app.swagger(), null, 2) + '\n';
}

/** The web client's TypeScript types, generated from the document. */
export async function openApiTypes(json: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(json));
  return '// Generated from openapi.json by `npm run api:generate`. Do not edit.\n' + astToString(ast);
}
