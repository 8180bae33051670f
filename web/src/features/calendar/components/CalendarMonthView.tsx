import { Badge, Calendar } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { todayCst } from '../../../lib/chinaDate';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../api/calendarApi';

interface Props {
  year: number;
  entries: CalendarEntry[];
  onPick: (entry: CalendarEntry | null, date: Dayjs) => void;
}

export function CalendarMonthView({ year, entries, onPick }: Props) {
  const { t } = useTranslation();
  const byDate = new Map(entries.map((e) => [e.date, e]));

  return (
    <Calendar
      onSelect={(date, info) => {
        if (info.source === 'date') onPick(byDate.get(date.format('YYYY-MM-DD')) ?? null, date);
      }}
      fullscreen={false}
      key={year}
      defaultValue={todayCst().year() === year ? todayCst() : dayjs(`${year}-01-01`)}
      cellRender={(date, info) => {
        if (info.type !== 'date') return info.originNode;
        const entry = byDate.get(date.format('YYYY-MM-DD'));
        if (!entry) return null;
        return (
          <Badge
            status={entry.kind === 'holiday' ? 'error' : 'processing'}
            text={entry.name || t(`calendar.kind.${entry.kind}`)}
          />
        );
      }}
    />
  );
}
