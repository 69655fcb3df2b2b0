/**
 * "Today" as a day serial, worked out once from an instant and a time zone: the report's date and
 * the jaarrekening's "final or projection" never depend on the machine's time zone.
 */
import { isoDate, serialFromCivil } from '../../../src/engine/dates';
import { shortDutchDateOf, shortDutchDateOfText, todayDayNumber } from '../../../src/engine/inputs/day';

describe('today', () => {
  it('is the day in Amsterdam, also when UTC is still on the day before', () => {
    // 23:30 UTC on 31 July 2025 is 01:30 on 1 August in Amsterdam (summer time, UTC+2).
    const nearMidnight = new Date(Date.UTC(2025, 6, 31, 23, 30));
    expect(isoDate(todayDayNumber(nearMidnight))).toBe('2025-08-01');
    expect(isoDate(todayDayNumber(nearMidnight, 'UTC'))).toBe('2025-07-31');
  });

  it('follows winter time too', () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam (UTC+1); 22:59 UTC is still 31 December.
    expect(isoDate(todayDayNumber(new Date(Date.UTC(2024, 11, 31, 23, 30))))).toBe('2025-01-01');
    expect(isoDate(todayDayNumber(new Date(Date.UTC(2024, 11, 31, 22, 59))))).toBe('2024-12-31');
  });

  it('is the same day whatever zone the machine is in: only the zone passed counts', () => {
    const instant = new Date('2026-11-22T14:03:00+01:00');
    for (const zone of ['Europe/Amsterdam', 'Europe/London', 'America/New_York', 'Asia/Tokyo']) {
      expect(todayDayNumber(instant, zone)).toBe(todayDayNumber(new Date(instant.getTime()), zone));
    }
    expect(todayDayNumber(instant)).toBe(serialFromCivil(2026, 11, 22));
    expect(todayDayNumber(new Date('2026-11-22T23:30:00-08:00'), 'America/Los_Angeles')).toBe(
      serialFromCivil(2026, 11, 22),
    );
    expect(todayDayNumber(new Date('2026-11-22T23:30:00-08:00'))).toBe(serialFromCivil(2026, 11, 23));
  });
});

describe('a day as the users write it', () => {
  it('without leading zeros, as the period fields show and the acceptance list says', () => {
    expect(shortDutchDateOf(serialFromCivil(2021, 8, 1))).toBe('1-8-2021');
    expect(shortDutchDateOf(serialFromCivil(2025, 12, 31))).toBe('31-12-2025');
    expect(shortDutchDateOfText('2024-03-12')).toBe('12-3-2024');
    expect(shortDutchDateOfText('12-03-2024')).toBe('12-3-2024');
    expect(shortDutchDateOfText('gisteren')).toBe('gisteren');
  });
});
