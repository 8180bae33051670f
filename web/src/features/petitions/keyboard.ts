import type { KeyboardEvent } from 'react';

const FIELDS = [
  'input:not([type=hidden]):not([type=file]):not([disabled]):not([readonly])',
  'input[role=combobox]:not([disabled])',
  'textarea:not([disabled])',
  'button[role=switch]:not([disabled])',
].join(', ');

function isShown(element: HTMLElement): boolean {
  // jsdom has no layout: there every element counts as shown.
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  return true;
}

/**
 * Keyboard entry for a long form: Enter moves to the next field (as a clerk copying a letter
 * expects), Ctrl/⌘+Enter submits from anywhere. Enter is left alone in a textarea, in an open
 * dropdown (it picks the option), on buttons, and while an input method is composing Chinese.
 */
export function formKeyDown(event: KeyboardEvent<HTMLElement>, submit: () => void): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    submit();
    return;
  }
  if (event.shiftKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.tagName === 'TEXTAREA') return;
  if (target.getAttribute('aria-expanded') === 'true') return;
  if (target.tagName === 'BUTTON' && target.getAttribute('role') !== 'switch') return;
  if (target.tagName === 'A') return;
  event.preventDefault();
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FIELDS)].filter(
    (el) => el === target || isShown(el),
  );
  const next = fields[fields.indexOf(target) + 1];
  next?.focus();
}
