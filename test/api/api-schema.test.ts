// The web app's API types (web/lib/api-schema.d.ts) are generated from the server's OpenAPI document; this fails
// when a route or schema changed without `npm run api:types`, so the web app cannot be typed against an old API.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE, apiSchemaSource } from '../../scripts/openapi-types.js';

describe('web/lib/api-schema.d.ts', () => {
  let generated: string;
  beforeAll(async () => {
    generated = await apiSchemaSource();
  });

  it('is what `npm run api:types` generates from the current server', () => {
    const committed = fs.existsSync(API_SCHEMA_FILE) ? fs.readFileSync(API_SCHEMA_FILE, 'utf8') : '';
    expect(committed, `${path.relative(process.cwd(), API_SCHEMA_FILE)} is out of date: run \`npm run api:types\``).toBe(generated);
  });

  it('types the routes and named schemas the web app relies on', () => {
    for (const route of ['"/api/v1/me"', '"/api/v1/controls/{id}"', '"/api/v1/tasks"']) expect(generated).toContain(route);
    for (const schema of ['Me: {', 'Control: {', 'Task: {']) expect(generated).toContain(schema);
  });
});
