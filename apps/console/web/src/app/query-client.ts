import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache of server state, shared by every area. Provided by the areas that use it (staff,
 * sign-in, the petitioner's progress) rather than by the shell, so the petitioner's first page
 * does not carry TanStack Query.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 5_000, refetchOnWindowFocus: true }, mutations: { retry: 0 } },
});
