import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { access } from '../auth/access';
import { markRoutesPublic } from './public-scope';

export const OPENAPI_INFO = {
  title: 'Fillrate API',
  version: '0.1.0',
  description:
    'The staffing-agency ATS + CRM. Authenticate with `Authorization: Bearer <API key>` (Admin → API keys), or with the session cookie plus the `X-CSRF-Token` header for changes. Errors answer `{"error":{"code","message","fields"?,"rule"?,"related"?}}`.',
};

/** Registers the OpenAPI 3.1 document built from the routes' Zod schemas, at /api/openapi.json and /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from Admin → API keys' },
          session: { type: 'apiKey', in: 'cookie', name: 'fillrate_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(async (docs) => {
    markRoutesPublic(docs);
    await docs.register(swaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true },
      staticCSP: true,
    });
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: access.public } }, async () => app.swagger());
}
