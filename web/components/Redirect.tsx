import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { Loading } from './Loading';

/** Replaces the current address with another one of this app (which may carry a query string). */
export function Redirect({ href }: { href: string }) {
  const router = useRouter();
  useEffect(() => {
    router.history.replace(href);
  }, [router, href]);
  return <Loading minHeight="100vh" />;
}
