import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { EyeOutlined, FileProtectOutlined, IdcardOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { formatDateTime } from '../../../lib/format';
import { useAccessRequests } from '../../access-requests/api/accessRequestsApi';
import type { AccessRequestKind } from '../../access-requests/api/types';
import { RequestAccessModal } from '../../access-requests/components/RequestAccessModal';
import { useSession } from '../../auth/session';
import { petitionKeys } from '../api/hooks';
import { petitionsApi } from '../api/petitionsApi';
import { NO_ABILITIES } from '../api/types';
import type { PetitionDetail, PetitionIdentity } from '../api/types';

/** Revealed identity is dropped from the page when its grant runs out. */
function useExpiringIdentity(petitionId: string) {
  const queryClient = useQueryClient();
  const [identity, setIdentity] = useState<PetitionIdentity | null>(null);
  useEffect(() => {
    if (!identity) return;
    const left = Date.parse(identity.expiresAt) - Date.now();
    const timer = setTimeout(
      () => {
        setIdentity(null);
        void queryClient.invalidateQueries({ queryKey: petitionKeys.detail(petitionId) });
      },
      Math.max(0, Math.min(left, 2_147_483_647)),
    );
    return () => clearTimeout(timer);
  }, [identity, petitionId, queryClient]);
  return [identity, setIdentity] as const;
}

/**
 * 信访人: masked by default. The full identity is fetched (and audited) only on request, under an
 * approved, unexpired 查阅申请; without one the caller may ask for it here.
 */
export function PetitionerCard({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const { user } = useSession();
  const can = petition.can ?? NO_ABILITIES;
  const [requestKind, setRequestKind] = useState<AccessRequestKind | null>(null);
  const [identity, setIdentity] = useExpiringIdentity(petition.id);
  const reveal = useMutation({ mutationFn: () => petitionsApi.identity(petition.id) });
  const pending = useAccessRequests('pending').data ?? [];
  const myPending = pending.filter(
    (r) => r.petitionId === petition.id && r.requesterId === user.id,
  );
  const pendingKinds = new Set(myPending.map((r) => r.kind));
  const shown = can.revealIdentity ? identity : null;

  return (
    <Card
      size="small"
      title={t('petitions.petitioner.title')}
      data-testid="petitioner-card"
      extra={
        <Space wrap>
          {can.revealIdentity && (
            <Button
              size="small"
              type="primary"
              icon={<EyeOutlined />}
              loading={reveal.isPending}
              data-testid="identity-reveal"
              onClick={() =>
                reveal.mutate(undefined, {
                  onSuccess: setIdentity,
                  onError: (error) => showError(error),
                })
              }
            >
              {t('petitions.petitioner.reveal')}
            </Button>
          )}
          {can.requestIdentity && !pendingKinds.has('identity') && (
            <Button
              size="small"
              icon={<IdcardOutlined />}
              data-testid="identity-request"
              onClick={() => setRequestKind('identity')}
            >
              {t('accessRequests.requestIdentity')}
            </Button>
          )}
          {can.requestCopy && !pendingKinds.has('copy') && (
            <Button
              size="small"
              icon={<FileProtectOutlined />}
              data-testid="copy-request"
              onClick={() => setRequestKind('copy')}
            >
              {t('accessRequests.requestCopy')}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {petition.anonymous ? (
          <Tag>{t('petitions.anonymous')}</Tag>
        ) : (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            data-testid="petitioner-masked"
            items={[
              {
                key: 'name',
                label: t('petitions.petitioner.name'),
                children: petition.petitionerName ?? '—',
              },
              {
                key: 'phone',
                label: t('petitions.petitioner.phone'),
                children: petition.petitionerPhone ?? '—',
              },
            ]}
          />
        )}
        {petition.idNumberProblem && (
          <Tag color="warning">
            {t('petitions.petitioner.idNumberProblem', { problem: petition.idNumberProblem })}
          </Tag>
        )}
        {petition.phoneProblem && (
          <Tag color="warning">
            {t('petitions.petitioner.phoneProblem', { problem: petition.phoneProblem })}
          </Tag>
        )}
        <Space size={[4, 4]} wrap>
          {myPending.map((r) => (
            <Tag key={r.id} color="processing" data-testid="access-request-pending">
              {t('accessRequests.pendingOf', { kind: t(`accessRequests.kind.${r.kind}`) })}
            </Tag>
          ))}
          {petition.grants?.identityExpiresAt && (
            <Tag color="green" data-testid="identity-grant">
              {t('petitions.petitioner.identityGrant', {
                at: formatDateTime(petition.grants.identityExpiresAt),
              })}
            </Tag>
          )}
          {petition.grants?.copyExpiresAt && (
            <Tag color="green" data-testid="copy-grant">
              {t('petitions.petitioner.copyGrant', {
                at: formatDateTime(petition.grants.copyExpiresAt),
              })}
            </Tag>
          )}
        </Space>
        {shown && (
          <Alert
            type="info"
            data-testid="identity-full"
            title={t('petitions.petitioner.fullIdentity', {
              at: formatDateTime(shown.expiresAt),
            })}
            description={
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'name',
                    label: t('petitions.petitioner.name'),
                    children: shown.name ?? '—',
                  },
                  {
                    key: 'idNumber',
                    label: t('petitions.petitioner.idNumber'),
                    children: shown.idNumber ?? '—',
                  },
                  {
                    key: 'phone',
                    label: t('petitions.petitioner.phone'),
                    children: shown.phone ?? '—',
                  },
                  {
                    key: 'address',
                    label: t('petitions.petitioner.address'),
                    children: shown.address ?? '—',
                  },
                ]}
              />
            }
          />
        )}
        {!petition.anonymous && !shown && (
          <Typography.Text type="secondary">{t('petitions.petitioner.maskedHint')}</Typography.Text>
        )}
      </Space>
      <RequestAccessModal
        petitionId={petition.id}
        kind={requestKind}
        onClose={() => setRequestKind(null)}
      />
    </Card>
  );
}
