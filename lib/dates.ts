// formatLongDate now lives with the other month and date helpers in lib/rating/months.ts; this
// re-export keeps older imports working.
export { formatLongDate } from './rating/months';
