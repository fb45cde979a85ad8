// The figure a rating was worked out from, printed beside it with what it is:
// "Year to date: 24.0%", "Quarter to September 2020: 339".
import type { RatedFigure } from '@/lib/rating';

export function RatedFigureText({ rated }: { rated: RatedFigure }) {
  return (
    <span data-testid="rated-figure">
      {rated.label}: <strong>{rated.figure}</strong>
    </span>
  );
}
