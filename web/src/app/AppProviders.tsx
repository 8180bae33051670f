import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useShowError } from '../hooks/useShowError';
import { setQueryErrorNotifier } from './queryClient';

function QueryErrorBridge() {
  const showError = useShowError();
  useEffect(() => {
    setQueryErrorNotifier(showError);
    return () => setQueryErrorNotifier(null);
  }, [showError]);
  return null;
}

export const THEME = {
  token: { colorPrimary: '#a8071a', borderRadius: 4 },
};

/** Everything a page needs around it: data cache, antd locale and theme, feedback context. */
export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en-US';

  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
    document.documentElement.lang = english ? 'en' : 'zh-CN';
  }, [english]);

  return (
    <QueryClientProvider client={client}>
      <ConfigProvider locale={english ? enUSLocale : zhCNLocale} theme={THEME}>
        <AntApp>
          <QueryErrorBridge />
          {children}
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
