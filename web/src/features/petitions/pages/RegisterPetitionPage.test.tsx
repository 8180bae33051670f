import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { pageRoutes, petitionDetail } from '../test/fixtures';
import { RegisterPetitionPage } from './RegisterPetitionPage';

const BASE_ROUTES = {
  'GET /api/departments': { body: { items: [] } },
  'GET /api/units': { body: { items: [], total: 0, page: 1, pageSize: 20 } },
};

const CANDIDATE = {
  id: 'p-old',
  code: 'XF202600007',
  summary: '反映县住建局李四收受礼金',
  state: 'investigating',
  receivedOn: '2026-10-02',
  caseGroupId: null,
  score: 0.82,
  textSimilarity: 0.52,
  reasons: ['same_accused', 'similar_text'],
};

function render() {
  return renderApp(pageRoutes('/petitions/new', <RegisterPetitionPage />), '/petitions/new');
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('RegisterPetitionPage', { timeout: 30_000 }, () => {
  it('shows the duplicate check of what is typed, with score, reasons and a link', async () => {
    const { calls } = mockFetch({
      ...BASE_ROUTES,
      'POST /api/petitions/duplicate-check': { body: { items: [CANDIDATE] } },
    });
    render();
    const panel = await screen.findByTestId('duplicate-panel');
    expect(panel.textContent).toContain('自动查重');

    fireEvent.change(within(screen.getByTestId('accused-person-row')).getByTestId('accused-name'), {
      target: { value: '李四' },
    });
    type('petition-summary', '反映李四收受礼金');

    const item = await within(panel).findByTestId('similar-item', {}, { timeout: 3000 });
    expect(item.textContent).toContain('XF202600007');
    expect(
      within(item)
        .getAllByTestId('similar-reason')
        .map((t) => t.textContent),
    ).toEqual(['同一被反映人', '内容相似']);
    expect(within(item).getByText('XF202600007').closest('a')?.getAttribute('href')).toBe(
      '/petitions/p-old',
    );
    expect(panel.textContent).toContain('发现 1 件疑似重复或相似的信访件');

    // Debounced: one check for the settled draft, carrying what was typed (no identity typed yet).
    const checks = calls.filter((c) => c.url === '/api/petitions/duplicate-check');
    expect(checks.at(-1)?.body).toMatchObject({
      summary: '反映李四收受礼金',
      accused: [{ kind: 'person', name: '李四' }],
      petitioner: { name: null, idNumber: null, phone: null },
    });
    expect(checks.length).toBeLessThanOrEqual(2);
  });

  it('puts an invalid ID number on the field and sends nothing', async () => {
    const { calls } = mockFetch({
      ...BASE_ROUTES,
      'POST /api/petitions/duplicate-check': { body: { items: [] } },
    });
    render();
    await screen.findByTestId('petition-form');
    type('petitioner-name', '张三');
    type('petitioner-id-number', '110105198001011230');
    type('accused-name', '李四');
    type('petition-summary', '反映李四收受礼金');
    type('petition-content', '来信反映县住建局局长李四收受礼金。');
    fireEvent.click(screen.getByTestId('petition-submit'));

    expect(await screen.findByText('身份证号校验位不正确', {}, { timeout: 15_000 })).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/petitions')).toBe(false);
  });

  it('shows a server field error on its field', async () => {
    mockFetch({
      ...BASE_ROUTES,
      'POST /api/petitions/duplicate-check': { body: { items: [] } },
      'POST /api/petitions': {
        status: 422,
        body: {
          status: 422,
          title: '信访件信息有误',
          detail: '信访件信息有误',
          errors: [{ path: 'accused.0.name', message: '被反映人姓名不符合要求' }],
        },
      },
    });
    render();
    await screen.findByTestId('petition-form');
    fireEvent.click(screen.getByTestId('petition-anonymous'));
    type('accused-name', '李四');
    type('petition-summary', '反映李四收受礼金');
    type('petition-content', '来信反映县住建局局长李四收受礼金。');
    fireEvent.click(screen.getByTestId('petition-submit'));

    const row = screen.getByTestId('accused-person-row');
    await waitFor(() => expect(row.textContent).toContain('被反映人姓名不符合要求'), {
      timeout: 3000,
    });
  });

  it('moves on with Enter, registers with Ctrl+Enter and opens the new petition', async () => {
    const { calls } = mockFetch({
      ...BASE_ROUTES,
      'POST /api/petitions/duplicate-check': { body: { items: [] } },
      'POST /api/petitions': {
        status: 201,
        body: petitionDetail({ id: 'p-new', code: 'XF202600009' }),
      },
    });
    const { router } = render();
    await screen.findByTestId('petition-form');

    const name = screen.getByTestId('petitioner-name');
    name.focus();
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByTestId('petitioner-id-number'));

    type('petitioner-name', '张三');
    type('petitioner-id-number', '11010519491231002X');
    type('accused-name', '李四');
    type('accused-position', '局长');
    type('petition-summary', '反映李四收受礼金');
    type('petition-content', '来信反映县住建局局长李四收受礼金。');
    fireEvent.keyDown(screen.getByTestId('petition-content'), { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(router.state.location.pathname).toBe('/petitions/p-new'), {
      timeout: 3000,
    });
    const body = calls.find((c) => c.method === 'POST' && c.url === '/api/petitions')?.body;
    expect(body).toMatchObject({
      channel: 'letter',
      anonymous: false,
      petitioner: { name: '张三', idNumber: '11010519491231002X', phone: null, address: null },
      accused: [{ kind: 'person', name: '李四', position: '局长', unitId: null, unitName: null }],
      summary: '反映李四收受礼金',
      fileIds: [],
    });
    expect(router.state.location.state).toEqual({ registered: true });
  });
});
