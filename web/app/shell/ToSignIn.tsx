import { useRouter } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Loading } from '../../components/Loading';

/** Sends a signed-out visitor to /signin once, remembering the page they wanted. */
export function ToSignIn() {
  const router = useRouter();
  const sent = useRef(false);
  useEffect(() => {
    // Only once: the location changes while this navigation runs, and following it again would loop.
    if (sent.current) return;
    sent.current = true;
    const here = router.state.location.href;
    void router.navigate({ to: '/signin', search: { next: here === '/' ? undefined : here, error: undefined }, replace: true });
  }, [router]);
  return <Loading minHeight="100vh" />;
}
