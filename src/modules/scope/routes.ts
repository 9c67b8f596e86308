import { requestMeta } from '../../platform/http/auth-hook.js';
import type { App } from '../../platform/http/types.js';
import { profileSchema, scopeSchema, systemDescriptionSchema } from './schemas.js';
import type { ScopeService } from './service.js';

/** Scope wizard endpoints: profile, categories in scope, system description. */
export function registerScopeRoutes(app: App, scope: ScopeService) {
  app.get(
    '/api/v1/scope',
    {
      schema: {
        tags: ['scope'],
        summary: 'The organization profile, categories in scope and system description',
        response: { 200: scopeSchema },
      },
      config: { access: { auth: 'org', action: 'scope.read' } },
    },
    async (req) => scope.get(req.actor!),
  );
  app.put(
    '/api/v1/scope/profile',
    {
      schema: {
        tags: ['scope'],
        summary: 'Set the organization profile and the categories in scope (security is always in scope)',
        body: profileSchema,
        response: { 200: scopeSchema },
      },
      config: { access: { auth: 'org', action: 'scope.manage' } },
    },
    async (req) => scope.updateProfile({ actor: req.actor!, ...requestMeta(req) }, req.body),
  );
  app.put(
    '/api/v1/scope/system-description',
    {
      schema: {
        tags: ['scope'],
        summary: 'Replace the system description (DC1–DC9)',
        body: systemDescriptionSchema,
        response: { 200: scopeSchema },
      },
      config: { access: { auth: 'org', action: 'scope.manage' } },
    },
    async (req) => scope.updateDescription({ actor: req.actor!, ...requestMeta(req) }, req.body),
  );
}
