import { ROLES, type Role } from '../../src/platform/authz/index.js';
import { addMember, type Client, createTestApp, PASSWORD, signIn, type TestApp, tokenClient } from '../helpers/app.js';

let counter = 0;
/** A unique email for a throwaway person. */
export const uniqueEmail = (tag: string) => `${tag}-${++counter}-${Date.now().toString(36)}@acme.test`;

export interface Fixture {
  t: TestApp;
  orgId: string;
  foreignOrgId: string;
  sessions: Record<Role, Client>;
  tokens: Record<Role, { secret: string }>;
  /** Ids of resources that belong to the foreign organization. */
  foreign: { memberId: string; invitationId: string; tokenId: string; controlId: string; taskId: string };
  /** A control and a task of the own organization. */
  controlId: string;
  taskId: string;
  /** Creates a custom control (optionally owned by a person, optionally deactivated) and returns its id. */
  makeControl(ownerId?: string, active?: boolean): Promise<string>;
  /** Creates an employee in the own organization and returns the membership id. */
  makeMember(): Promise<string>;
  makeInvitation(): Promise<string>;
  makeToken(): Promise<string>;
  /** Enqueues a job whose handler always fails and waits until it is dead-lettered. */
  makeDeadJob(): Promise<string>;
  /** A brand-new person with the role, signed in (for routes that end sessions). */
  freshSession(role: Role): Promise<Client>;
}

/** Two organizations: the own one with a person and a token for every role, and a foreign one. */
export async function buildFixture(): Promise<Fixture> {
  const t = await createTestApp();
  const setup = await t.services.setup.completeFromCli({
    orgName: 'Own Org',
    name: 'Own Owner',
    email: 'owner@own.test',
    password: PASSWORD,
  });
  const orgId = setup.org.id;
  const owner = await signIn(t, 'owner@own.test', PASSWORD);
  const sessions = { owner } as Record<Role, Client>;
  const tokens = {} as Record<Role, { secret: string }>;
  for (const role of ROLES) {
    if (role !== 'owner') {
      await addMember(t, orgId, `${role}@own.test`, role);
      sessions[role] = await signIn(t, `${role}@own.test`, PASSWORD);
    }
    tokens[role] = await tokenClient(t, orgId, role);
  }

  // The foreign organization, created by its own owner.
  await addMember(t, orgId, 'foreign@other.test', 'employee');
  const foreignOwner = await signIn(t, 'foreign@other.test', PASSWORD);
  const created = await foreignOwner.request('POST', '/api/v1/orgs', { name: 'Foreign Org' });
  const foreignOrgId = created.json().id as string;
  await addMember(t, foreignOrgId, 'someone@other.test', 'employee');
  const fMembers = (await foreignOwner.request('GET', '/api/v1/members')).json().items;
  const fInv = (await foreignOwner.request('POST', '/api/v1/invitations', { email: 'x@other.test', role: 'employee' })).json();
  const fTok = (await foreignOwner.request('POST', '/api/v1/tokens', { name: 'f', role: 'employee' })).json();
  const customControl = {
    title: 'Matrix control',
    nature: 'manual',
    frequency: 'annual',
    criteria: [{ id: 'CC1.1', relation: 'primary' }],
  };
  const fCtl = (await foreignOwner.request('POST', '/api/v1/controls', customControl)).json();
  const fTask = (await foreignOwner.request('POST', '/api/v1/tasks', { title: 'Foreign task' })).json();
  const ownCtl = (await owner.request('POST', '/api/v1/controls', customControl)).json();
  const ownTask = (await owner.request('POST', '/api/v1/tasks', { title: 'Own task' })).json();

  let jobsStarted = false;
  return {
    t,
    orgId,
    foreignOrgId,
    sessions,
    tokens,
    foreign: {
      memberId: fMembers.find((m: { email: string }) => m.email === 'someone@other.test').id,
      invitationId: fInv.invitation.id,
      tokenId: fTok.token.id,
      controlId: fCtl.control.id,
      taskId: fTask.id,
    },
    controlId: ownCtl.control.id,
    taskId: ownTask.id,
    async makeControl(ownerId, active = true) {
      const r = await owner.request('POST', '/api/v1/controls', { ...customControl, ownerId: ownerId ?? null });
      const id = r.json().control.id as string;
      if (!active) await owner.request('POST', `/api/v1/controls/${id}/deactivate`, { reason: 'matrix' });
      return id;
    },
    async makeMember() {
      const email = uniqueEmail('m');
      await addMember(t, orgId, email, 'employee');
      const list = (await owner.request('GET', '/api/v1/members?limit=200')).json().items;
      return list.find((m: { email: string }) => m.email === email).id;
    },
    async makeInvitation() {
      const r = await owner.request('POST', '/api/v1/invitations', { email: uniqueEmail('i'), role: 'employee' });
      return r.json().invitation.id;
    },
    async makeToken() {
      const r = await owner.request('POST', '/api/v1/tokens', { name: 'victim', role: 'employee' });
      return r.json().token.id;
    },
    async makeDeadJob() {
      if (!jobsStarted) {
        t.ctx.jobs.work('matrix.fail', async () => {
          throw new Error('always fails');
        });
        await t.ctx.jobs.start();
        jobsStarted = true;
      }
      const id = await t.ctx.jobs.enqueue('matrix.fail', {}, { maxAttempts: 1 });
      for (let i = 0; i < 300; i++) {
        const dead = await t.ctx.jobs.list({ state: 'dead', limit: 200 });
        if (dead.some((j) => j.id === id)) return id;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the job did not fail in time');
    },
    async freshSession(role) {
      const email = uniqueEmail(role);
      await addMember(t, orgId, email, role);
      return signIn(t, email, PASSWORD);
    },
  };
}
