// One calendar for every service: working days (chinese-days) and local days come from the contracts.
export { addWorkingDays, endOfLocalDay, localDate, startOfLocalDay, startOfNextWorkingDay } from '@sunshine/contracts';
