import { Button, Stack, TextInput } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';

/** Starts single sign-on for an organization: the browser leaves for the organization's identity provider. */
export function SsoSignInForm({ onCancel }: { onCancel(): void }) {
  const [slug, setSlug] = useState('');
  const [leaving, setLeaving] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const org = slug.trim().toLowerCase();
    if (!org) return;
    setLeaving(true);
    window.location.assign(`/api/v1/auth/sso/start?org=${encodeURIComponent(org)}`);
  };
  return (
    <form onSubmit={submit} aria-label="Single sign-on">
      <Stack>
        <TextInput
          label="Organization short name"
          description="The short name your admin gave you, such as acme-inc."
          placeholder="acme-inc"
          required
          autoFocus
          autoComplete="organization"
          autoCapitalize="none"
          spellCheck={false}
          value={slug}
          onChange={(e) => setSlug(e.currentTarget.value)}
        />
        <Button type="submit" loading={leaving} rightSection={<IconArrowRight size={16} />}>
          Continue with single sign-on
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          Use email and password instead
        </Button>
      </Stack>
    </form>
  );
}
