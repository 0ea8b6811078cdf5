import type { FastifyInstance } from 'fastify';
import { access } from '../auth/access';

/** Declares every route a third-party plugin registers in this scope public (docs UI, static files). */
export function markRoutesPublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: access.public };
  });
}
