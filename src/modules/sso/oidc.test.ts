import { describe, expect, it } from 'vitest';
import { emailVerifiedOf } from './oidc.js';

describe('emailVerifiedOf', () => {
  it('reads email_verified first, as a boolean or the string some providers send', () => {
    expect(emailVerifiedOf({ email_verified: true })).toBe(true);
    expect(emailVerifiedOf({ email_verified: false, xms_edov: true })).toBe(false);
    expect(emailVerifiedOf({ email_verified: 'true' })).toBe(true);
    expect(emailVerifiedOf({ email_verified: 'false', xms_edov: '1' })).toBe(false);
  });

  it("falls back to Entra ID's xms_edov only when email_verified is missing", () => {
    for (const yes of [true, 1, 'true', '1']) expect(emailVerifiedOf({ xms_edov: yes })).toBe(true);
    for (const no of [false, 0, 'false', '0', 'yes']) expect(emailVerifiedOf({ xms_edov: no })).toBe(false);
    expect(emailVerifiedOf({})).toBeNull();
    expect(emailVerifiedOf({ email_verified: 'maybe' })).toBeNull();
  });
});
