import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { App, Card, Form, Layout, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/layout/LanguageSwitch';
import { useShowError } from '../../../hooks/useShowError';
import { login, loginTotp } from '../api/authApi';
import { useAcceptLogin, usePublicConfig } from '../api/hooks';
import type { AuthenticatedResult, LoginResult } from '../api/types';
import { DemoBanner } from '../components/DemoBanner';
import { PasswordStep } from '../components/PasswordStep';
import type { Credentials } from '../components/PasswordStep';
import { TotpStep } from '../components/TotpStep';
import type { TotpSetup } from '../components/TotpStep';

type Step = { kind: 'password' } | { kind: 'totp'; ticket: string; setup: TotpSetup | null };

/** Only same-app paths: never follow ?next= to another origin. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) {
    return '/';
  }
  return next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Credentials>();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const config = usePublicConfig();
  const acceptLogin = useAcceptLogin();
  const showError = useShowError();
  const { notification } = App.useApp();

  const finish = (result: AuthenticatedResult) => {
    // Earlier failed attempts are no longer news once the user is in.
    notification.destroy();
    acceptLogin(result);
    void navigate(safeNext(params.get('next')), { replace: true });
  };

  const passwordLogin = useMutation({
    mutationFn: (values: Credentials) => login(values.username, values.password),
    onSuccess: (result: LoginResult) => {
      if (result.status === 'authenticated') finish(result);
      else if (result.status === 'totp_required') {
        setStep({ kind: 'totp', ticket: result.ticket, setup: null });
      } else {
        const { ticket, secret, otpauthUri } = result;
        setStep({ kind: 'totp', ticket, setup: { secret, otpauthUri } });
      }
    },
    onError: (error) => showError(error, form),
  });

  const totpLogin = useMutation({
    mutationFn: ({ ticket, code }: { ticket: string; code: string }) => loginTotp(ticket, code),
    onSuccess: finish,
    onError: (error) => showError(error),
  });

  return (
    <Layout style={{ minHeight: '100vh', background: '#f3f4f6' }}>
      <Layout.Content style={{ display: 'grid', placeItems: 'center', padding: 24 }}>
        <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 440 }}>
          <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
            <LanguageSwitch />
          </div>
          <Typography.Title level={3} style={{ textAlign: 'center', margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          {config.data?.demo && (
            <DemoBanner
              onPick={
                step.kind === 'password'
                  ? (username) => form.setFieldsValue({ username })
                  : undefined
              }
            />
          )}
          <Card title={step.kind === 'password' ? t('login.title') : t('login.totpTitle')}>
            {step.kind === 'password' ? (
              <PasswordStep
                form={form}
                submitting={passwordLogin.isPending}
                onSubmit={(values) => passwordLogin.mutate(values)}
              />
            ) : (
              <TotpStep
                setup={step.setup}
                submitting={totpLogin.isPending}
                onSubmit={(code) => totpLogin.mutate({ ticket: step.ticket, code })}
                onBack={() => setStep({ kind: 'password' })}
              />
            )}
          </Card>
          <div style={{ textAlign: 'center' }}>
            <Link to="/public/disclosures" data-testid="login-public-disclosures">
              {t('login.publicDisclosures')}
            </Link>
          </div>
          {config.data && (
            <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center' }}>
              {t('app.version', { version: config.data.version })}
            </Typography.Text>
          )}
        </Space>
      </Layout.Content>
    </Layout>
  );
}
