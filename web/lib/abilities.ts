import { useSignedInMe } from './session';

/** `can('controls.manage')`: whether the signed-in person holds an ability in the active organization (from GET /me). */
export function useCan(): (ability: string) => boolean {
  const me = useSignedInMe();
  return (ability) => me.abilities.includes(ability);
}
