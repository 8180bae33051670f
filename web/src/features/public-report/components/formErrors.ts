import type { FormInstance } from 'antd';
import { isApiError } from '../../../lib/api';
import type { FieldProblem } from '../../../lib/api';
import { toFieldName } from '../../../lib/errors';

/**
 * Put the server's field problems on the form fields they name (only fields the form shows) and
 * return the ones that fit no field, to be shown above the submit button instead.
 */
export function placeFieldErrors(form: FormInstance, error: unknown): FieldProblem[] {
  if (!isApiError(error)) return [];
  const shown = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const placed: { name: (string | number)[]; errors: string[] }[] = [];
  const rest: FieldProblem[] = [];
  for (const problem of error.fieldErrors) {
    const name = toFieldName(problem.path);
    if (name.length > 0 && shown.has(String(name[0])))
      placed.push({ name, errors: [problem.message] });
    else rest.push(problem);
  }
  if (placed.length > 0) form.setFields(placed);
  return rest;
}
