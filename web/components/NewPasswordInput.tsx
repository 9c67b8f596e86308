import { PasswordInput } from '@mantine/core';

export const MIN_PASSWORD = 12;

/** A password field for a new password, with the length rule stated before anyone types. */
export function NewPasswordInput(props: { label?: string; value: string; onChange(v: string): void; error?: string; autoFocus?: boolean }) {
  const n = props.value.length;
  const progress = n === 0 ? '' : n < MIN_PASSWORD ? ` (${MIN_PASSWORD - n} to go)` : ' ✓';
  return (
    <PasswordInput
      label={props.label ?? 'Password'}
      description={`At least ${MIN_PASSWORD} characters; a few unrelated words work well${progress}`}
      required
      autoComplete="new-password"
      autoFocus={props.autoFocus}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error}
      minLength={MIN_PASSWORD}
      maxLength={256}
    />
  );
}
