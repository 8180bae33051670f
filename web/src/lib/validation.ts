import type { TFunction } from 'i18next';
import type { FormRule } from 'antd';

export const PASSWORD_MIN_LENGTH = 12;

/** Client-side length check only; the server also refuses common passwords and says why. */
export function passwordRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('validation.passwordRequired') },
    {
      min: PASSWORD_MIN_LENGTH,
      message: t('validation.passwordMin', { min: PASSWORD_MIN_LENGTH }),
    },
  ];
}

export function confirmPasswordRules(t: TFunction, field: string): FormRule[] {
  return [
    { required: true, message: t('validation.confirmRequired') },
    ({ getFieldValue }) => ({
      validator: (_rule, value) =>
        !value || getFieldValue(field) === value
          ? Promise.resolve()
          : Promise.reject(new Error(t('validation.confirmMismatch'))),
    }),
  ];
}

export function requiredRule(t: TFunction, labelKey: string): FormRule {
  return { required: true, message: t('validation.required', { field: t(labelKey) }) };
}
