import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { setCsrfToken, setUnauthorizedHandler } from '../lib/api';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './queryClient';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);

  useEffect(() => {
    // Any 401 (session expired, revoked elsewhere) sends the user to the login page once.
    setUnauthorizedHandler(() => {
      const { pathname, search } = router.state.location;
      if (pathname === '/login') return;
      setCsrfToken(null);
      const next = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
      void router.navigate(`/login${next}`, { replace: true }).then(() => queryClient.clear());
    });
    return () => setUnauthorizedHandler(null);
  }, [router, queryClient]);

  return (
    <AppProviders client={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
