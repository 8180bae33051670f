import { describe, expect, it } from 'vitest';
import { deadlineOf } from './labels';

describe('deadlineOf', () => {
  it('is grey once closed, red overdue, yellow within 7 days, green otherwise', () => {
    expect(deadlineOf({ state: 'closed', overdue: true, daysLeft: -3 })).toBe('grey');
    expect(deadlineOf({ state: 'open', overdue: true, daysLeft: -1 })).toBe('red');
    expect(deadlineOf({ state: 'closureRequested', overdue: false, daysLeft: 7 })).toBe('yellow');
    expect(deadlineOf({ state: 'open', overdue: false, daysLeft: 0 })).toBe('yellow');
    expect(deadlineOf({ state: 'open', overdue: false, daysLeft: 8 })).toBe('green');
  });
});
