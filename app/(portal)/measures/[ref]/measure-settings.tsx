// What the measure is and how it is rated: its definition and settings, as the catalogue words them.
import type { MeasureHistory } from '@/db/queries/measure-history';
import { describeBasis, describePolarity, describeUnit } from '@/lib/measures/describe';

export function MeasureSettings({ measure }: { measure: MeasureHistory['measure'] }) {
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title" className="mb-3 text-2xl font-bold">
        About this measure
      </h2>
      {measure.definition ? <p className="mb-4">{measure.definition}</p> : null}
      <dl className="grid grid-cols-1 gap-x-6 sm:grid-cols-[auto_1fr] sm:gap-y-2">
        <dt className="font-bold">Service area</dt>
        <dd className="mb-2 sm:mb-0">{measure.serviceArea}</dd>
        <dt className="font-bold">Unit</dt>
        <dd className="mb-2 sm:mb-0">
          {describeUnit(measure.unit, measure.ratePer, measure.secondaryLabel)}, to {measure.decimals}{' '}
          {measure.decimals === 1 ? 'decimal place' : 'decimal places'}
        </dd>
        <dt className="font-bold">Better is</dt>
        <dd className="mb-2 sm:mb-0">{describePolarity(measure.polarity)}</dd>
        <dt className="font-bold">Rated on</dt>
        <dd className="mb-2 sm:mb-0">{describeBasis(measure.basis, measure.annualMonth, measure.basisNote)}</dd>
        <dt className="font-bold">Source</dt>
        <dd className="mb-2 sm:mb-0">{measure.source}</dd>
        {measure.dataLagNote ? (
          <>
            <dt className="font-bold">When figures arrive</dt>
            <dd className="mb-2 sm:mb-0">{measure.dataLagNote}</dd>
          </>
        ) : null}
        <dt className="font-bold">Owner</dt>
        <dd>{measure.ownerName ?? 'Not assigned'}</dd>
      </dl>
    </section>
  );
}
