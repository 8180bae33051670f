import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jurisdictionRoutes } from './jurisdictions.js';
import { departmentRoutes } from './departments.js';
import { unitRoutes } from './units.js';
import { cadreRoutes } from './cadres.js';

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(jurisdictionRoutes);
  await app.register(departmentRoutes);
  await app.register(unitRoutes);
  await app.register(cadreRoutes);
};
