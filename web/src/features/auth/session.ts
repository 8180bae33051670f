import { createContext, useContext } from 'react';
import type { Abilities, Me } from './api/types';

export const SessionContext = createContext<Me | null>(null);

/** The signed-in user; only usable below <RequireSession>. */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() used outside <RequireSession>');
  return me;
}

export function can(abilities: Abilities, ability: string | null | undefined): boolean {
  return !ability || abilities[ability] === true;
}

export function useCan(ability: string | null | undefined): boolean {
  return can(useSession().abilities, ability);
}
