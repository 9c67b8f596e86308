import type { Role } from '../../platform/authz/index.js';
import type { Executor } from '../../platform/db/index.js';

/** Members of one organization with their name and email. */
function memberQuery(db: Executor, orgId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.id',
      'memberships.org_id',
      'memberships.user_id',
      'memberships.role',
      'memberships.created_at',
      'users.email',
      'users.name',
    ])
    .where('memberships.org_id', '=', orgId);
}

/** Membership queries; every function that reads org data takes orgId first. */
export const orgStore = {
  async getOrg(db: Executor, orgId: string) {
    return db.selectFrom('organizations').selectAll().where('id', '=', orgId).executeTakeFirst();
  },

  async getOrgBySlug(db: Executor, slug: string) {
    return db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
  },

  async countOrgs(db: Executor): Promise<number> {
    const r = await db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async membership(db: Executor, orgId: string, userId: string) {
    return db.selectFrom('memberships').selectAll().where('org_id', '=', orgId).where('user_id', '=', userId).executeTakeFirst();
  },

  async membershipById(db: Executor, orgId: string, membershipId: string) {
    return memberQuery(db, orgId).where('memberships.id', '=', membershipId).executeTakeFirst();
  },

  async listMembers(db: Executor, orgId: string, page: { after?: string; limit: number }) {
    return memberQuery(db, orgId)
      .$if(!!page.after, (q) => q.where('memberships.id', '>', page.after!))
      .orderBy('memberships.id')
      .limit(page.limit + 1)
      .execute();
  },

  async countOwners(db: Executor, orgId: string): Promise<number> {
    const r = await db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('org_id', '=', orgId)
      .where('role', '=', 'owner')
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async orgsOfUser(db: Executor, userId: string) {
    return db
      .selectFrom('memberships')
      .innerJoin('organizations', 'organizations.id', 'memberships.org_id')
      .select(['organizations.id', 'organizations.name', 'organizations.slug', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .orderBy('organizations.name')
      .execute();
  },

  async userByEmail(db: Executor, email: string) {
    return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  },

  async userById(db: Executor, id: string) {
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async roleOf(db: Executor, orgId: string, userId: string): Promise<Role | null> {
    const m = await orgStore.membership(db, orgId, userId);
    return (m?.role as Role | undefined) ?? null;
  },
};
