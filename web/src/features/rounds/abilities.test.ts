import { describe, expect, it } from 'vitest';
import { canDecideOverride, roundAbilities } from './abilities';
import type { RecusalOverride } from './api/types';
import { LEADER_ME, OFFICE_ME, TEAM_LEADER_ME, roundDetail } from './test/fixtures';

const override = (overrides: Partial<RecusalOverride> = {}): RecusalOverride => ({
  id: 'o-1',
  roundId: 'r-1',
  teamId: 't-1',
  inspectorId: 'i-9',
  conflicts: [],
  reason: '确需选派',
  state: 'pending',
  requestedBy: 'u-office',
  decidedBy: null,
  decidedAt: null,
  createdAt: '2026-02-20T02:00:00.000Z',
  ...overrides,
});

const twoTeams = roundDetail().targets.slice(0, 1).concat({
  unitId: 'u-3',
  unitName: '县交通局',
  unitType: 'department',
  teamId: 't-2',
  teamName: '第二巡察组',
});

describe('what a round allows', () => {
  it('lets the office staff and brief in preparation, but record nothing before going on site', () => {
    const can = roundAbilities(roundDetail(), OFFICE_ME);
    expect(can).toMatchObject({
      readOnly: false,
      update: true,
      staff: true,
      brief: true,
      answerBriefing: true,
      record: false,
      raiseClue: false,
      feedback: false,
    });
  });

  it('lets a team record on site only at its own targets; the leading group not at all', () => {
    const round = roundDetail({
      stage: 'on_site',
      targets: twoTeams,
      abilities: { update: false },
    });
    const team = roundAbilities(round, TEAM_LEADER_ME);
    expect(team).toMatchObject({ record: true, raiseClue: true, staff: false, brief: false });
    expect(team.recordUnitIds).toEqual(['u-1']);
    expect(roundAbilities(round, OFFICE_ME).recordUnitIds).toEqual(['u-1', 'u-3']);
    const leader = roundAbilities(round, LEADER_ME);
    expect(leader).toMatchObject({ record: false, staff: false, brief: false });
    expect(leader.recordUnitIds).toEqual([]);
  });

  it('allows clues while reporting and the 反馈会 only in the feedback stage', () => {
    const reporting = roundAbilities(roundDetail({ stage: 'reporting' }), TEAM_LEADER_ME);
    expect(reporting).toMatchObject({ record: false, raiseClue: true, feedback: false });
    const feedback = roundAbilities(roundDetail({ stage: 'feedback' }), TEAM_LEADER_ME);
    expect(feedback).toMatchObject({ record: false, raiseClue: false, feedback: true });
  });

  it('is read-only once archived, whatever the server sends', () => {
    const round = roundDetail({
      stage: 'archived',
      abilities: { update: true, staff: true, brief: true, record: true },
    });
    const can = roundAbilities(round, OFFICE_ME);
    expect(can).toMatchObject({
      readOnly: true,
      update: false,
      staff: false,
      brief: false,
      answerBriefing: false,
      record: false,
      raiseClue: false,
      feedback: false,
    });
    expect(canDecideOverride(override(), round, LEADER_ME)).toBe(false);
  });

  it('takes the server’s abilities when it sends them', () => {
    const round = roundDetail({ abilities: { update: true, staff: false, brief: false } });
    expect(roundAbilities(round, OFFICE_ME)).toMatchObject({ staff: false, brief: false });
    expect(canDecideOverride(override({ abilities: { decide: false } }), round, LEADER_ME)).toBe(
      false,
    );
  });

  it('lets the leading group decide pending exceptions, never the office or the requester', () => {
    const round = roundDetail();
    expect(canDecideOverride(override(), round, LEADER_ME)).toBe(true);
    expect(canDecideOverride(override(), round, OFFICE_ME)).toBe(false);
    expect(canDecideOverride(override({ requestedBy: 'u-leader' }), round, LEADER_ME)).toBe(false);
    expect(canDecideOverride(override({ state: 'approved' }), round, LEADER_ME)).toBe(false);
  });
});
