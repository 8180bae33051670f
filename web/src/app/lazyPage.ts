import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

export type LazyPage = LazyExoticComponent<ComponentType>;

/** Code-split a page module that exports the page as a named component. */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyPage {
  return lazy(async () => ({ default: (await load())[name] }));
}
