import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage } from '../../i18n';
import type { Language } from '../../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('header.language')}
      size="small"
      value={currentLanguage()}
      options={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
      onChange={(value) => void setLanguage(value)}
    />
  );
}
