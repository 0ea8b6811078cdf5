import { createContext, useContext } from 'react';
import type { Me } from '../api/types';

const CurrentUserContext = createContext<Me | null>(null);

/** Given by the signed-in layout; every page inside it can read who is signed in. */
export const CurrentUserProvider = CurrentUserContext.Provider;

export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) {
    throw new Error('useCurrentUser is only available inside the signed-in layout');
  }
  return user;
}
