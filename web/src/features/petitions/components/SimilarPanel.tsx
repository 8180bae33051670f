import { App, Button, Empty, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { DisconnectOutlined, LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../hooks/useShowError';
import { usePetitionMutation, useSimilarPetitions } from '../api/hooks';
import { petitionsApi } from '../api/petitionsApi';
import { NO_ABILITIES } from '../api/types';
import type { PetitionDetail } from '../api/types';
import { SimilarItem } from './SimilarItem';

/**
 * 疑似重复件与相似件: why each one matched, and (for those who may) linking it into this
 * petition's 重复件组 or taking this petition out of its group.
 */
export function SimilarPanel({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const can = petition.can ?? NO_ABILITIES;
  const similar = useSimilarPetitions(petition.id);
  const link = usePetitionMutation((otherId: string) => petitionsApi.link(petition.id, otherId));
  const unlink = usePetitionMutation(() => petitionsApi.unlink(petition.id));
  const items = similar.data ?? [];
  const done = (text: string) => ({
    onSuccess: () => void message.success(text),
    onError: (error: unknown) => showError(error),
  });

  return (
    <Spin spinning={similar.isFetching}>
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="similar-panel">
        {petition.caseGroupId && (
          <Space>
            <Tag color="orange" data-testid="petition-grouped">
              {t('petitions.similar.grouped')}
            </Tag>
            {can.link && (
              <Popconfirm
                title={t('petitions.similar.confirmUnlink')}
                onConfirm={() => unlink.mutate(undefined, done(t('petitions.similar.unlinked')))}
              >
                <Button
                  size="small"
                  icon={<DisconnectOutlined />}
                  loading={unlink.isPending}
                  data-testid="petition-unlink"
                >
                  {t('petitions.similar.unlink')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
        {items.length === 0 && !similar.isFetching ? (
          <Empty description={t('petitions.similar.none')} />
        ) : (
          items.map((item) => {
            const sameGroup =
              Boolean(item.caseGroupId) && item.caseGroupId === petition.caseGroupId;
            return (
              <SimilarItem
                key={item.id}
                item={item}
                extra={
                  sameGroup ? (
                    <Tag color="orange">{t('petitions.similar.sameGroup')}</Tag>
                  ) : can.link ? (
                    <Popconfirm
                      title={t('petitions.similar.confirmLink', { code: item.code })}
                      onConfirm={() => link.mutate(item.id, done(t('petitions.similar.linked')))}
                    >
                      <Button
                        size="small"
                        type="primary"
                        ghost
                        icon={<LinkOutlined />}
                        loading={link.isPending && link.variables === item.id}
                        data-testid="petition-link-duplicate"
                      >
                        {t('petitions.similar.link')}
                      </Button>
                    </Popconfirm>
                  ) : null
                }
              />
            );
          })
        )}
        <Typography.Text type="secondary">{t('petitions.similar.hint')}</Typography.Text>
      </Space>
    </Spin>
  );
}
