import { useCallback } from 'react';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api';
import { describeError, toFieldName } from '../lib/errors';

/**
 * Show a failed request to the user. With a form, field problems are also put on the fields
 * they name (when the form has such a field) so the user sees them where they typed.
 */
export function useShowError() {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (isApiError(error) && error.redirectedToLogin) return;
      if (form && isApiError(error) && error.fieldErrors.length > 0) {
        const known = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
        const fields = error.fieldErrors
          .map((e) => ({ name: toFieldName(e.path), errors: [e.message] }))
          .filter((f) => f.name.length > 0 && known.has(String(f.name[0])));
        if (fields.length > 0) form.setFields(fields);
      }
      const { title, description } = describeError(error, t);
      notification.error({ title, description, placement: 'topRight' });
    },
    [notification, t],
  );
}
