import { fireEvent, screen, waitFor, within } from '@testing-library/react';

const dropdowns = () => [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')];

/**
 * Open the antd Select with this test id and click the option showing this text. Every select
 * in jsdom gets the same generated id, so its popup is found as the one that appeared on opening
 * (or, for a select opened before, the last one not hidden).
 */
export async function pickOption(testId: string, option: string | RegExp) {
  const select = await screen.findByTestId(testId, {}, { timeout: 5000 });
  const before = new Set(dropdowns());
  fireEvent.mouseDown(select.querySelector('input') ?? select);
  const popup = await waitFor(
    () => {
      const fresh = dropdowns().find((d) => !before.has(d));
      const open = dropdowns().filter((d) => !d.className.includes('-hidden'));
      const found = fresh ?? open[open.length - 1];
      if (!found) throw new Error(`no dropdown opened for ${testId}`);
      return found;
    },
    { timeout: 3000 },
  );
  const matches = await within(popup).findAllByText(
    option,
    { selector: '.ant-select-item-option-content' },
    { timeout: 3000 },
  );
  fireEvent.click(matches[0]!);
}
