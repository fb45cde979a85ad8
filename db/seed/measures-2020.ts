// The 32 measures of the 2020/21 reference pack (shared/reference/tfc-performance-report-2020-10.txt)
// with their targets and tolerance edges, exactly as the pack gives them. Definitions, service areas
// and data-lag notes are this project's own words.
import type { NewMeasure } from '../schema';

export type SeedMeasure = Omit<NewMeasure, 'id' | 'ownerId' | 'displayOrder' | 'createdAt' | 'updatedAt'> & {
  /** Target and tolerance edge for 2020/21, as decimal strings; null for a monitoring-only measure. */
  target: string | null;
  toleranceEdge: string | null;
};

const percent = { unit: 'percent', ratePer: null, secondaryLabel: null } as const;

export const measures2020: SeedMeasure[] = [
  {
    ref: 'KPI1', group: 'kpi', serviceArea: 'Early Help', ...percent, decimals: 1, polarity: 'higher', basis: 'ytd',
    title: '% of Early Help cases that were closed with two or more successful outcomes (TfC)',
    source: 'TfC', target: '65', toleranceEdge: '62',
    definition: 'Early Help cases closed by Together for Children in the year in which at least two of the family\'s outcomes were achieved, as a share of all such closures.',
  },
  {
    ref: 'KPI2', group: 'kpi', serviceArea: 'Youth Justice', unit: 'rate', ratePer: 100000, secondaryLabel: null,
    decimals: 0, polarity: 'lower', basis: 'quarterly',
    title: 'Rate of first-time entrants into the Youth Justice System',
    source: 'Partner', target: '375', toleranceEdge: '402.9',
    dataLagNote: 'Taken from the Police National Computer; the figure is the most recent publication, which lags by several months.',
    definition: 'Young people aged 10 to 17 receiving their first reprimand, warning, caution or conviction, per 100,000 of that population, over a rolling twelve months.',
  },
  {
    ref: 'KPI3', group: 'kpi', serviceArea: 'Children\'s Social Care', ...percent, decimals: 1, polarity: 'higher', basis: 'monthly',
    title: '% of all referrals with a decision within 24 hours', source: 'TfC', target: '95', toleranceEdge: '85',
    definition: 'Referrals received in the month on which a decision about the next step was recorded within 24 hours.',
  },
  {
    ref: 'KPI4', group: 'kpi', serviceArea: 'Children\'s Social Care', ...percent, decimals: 1, polarity: 'higher', basis: 'monthly',
    title: '% of children subject to a child protection plan who have received a statutory visit within 20 working days',
    source: 'TfC', target: '95', toleranceEdge: '90',
    definition: 'Children on a child protection plan at the end of the month whose latest statutory visit was within 20 working days of the one before.',
  },
  {
    ref: 'KPI5', group: 'kpi', serviceArea: 'Cared for Children', ...percent, decimals: 1, polarity: 'lower', basis: 'monthly',
    title: '% of Cared for Children with 3+ placements in the last 12 months', source: 'TfC', target: '11', toleranceEdge: '13',
    definition: 'Cared for children at the end of the month who have had three or more placements in the previous twelve months.',
  },
  {
    ref: 'KPI6', group: 'kpi', serviceArea: 'Cared for Children', ...percent, decimals: 1, polarity: 'higher', basis: 'monthly',
    title: '% of Cared for Children with an up to date Education Plan', source: 'TfC', target: '85', toleranceEdge: '80',
    definition: 'Cared for children of school age whose Personal Education Plan (PEP) has been reviewed within the last term.',
  },
  {
    ref: 'SM1', group: 'supporting', serviceArea: 'Children\'s Social Care', unit: 'rate', ratePer: 10000, secondaryLabel: null,
    decimals: 1, polarity: 'none', basis: 'monthly', title: 'Rate of Child in Need', source: 'TfC', target: null, toleranceEdge: null,
    definition: 'Children in need at the end of the month, per 10,000 children aged under 18.',
  },
  {
    ref: 'SM2', group: 'supporting', serviceArea: 'Children\'s Social Care', unit: 'rate', ratePer: 10000, secondaryLabel: null,
    decimals: 1, polarity: 'none', basis: 'monthly', title: 'Rate of Child Protection', source: 'TfC', target: null, toleranceEdge: null,
    definition: 'Children subject to a child protection plan at the end of the month, per 10,000 children aged under 18.',
  },
  {
    ref: 'SM3', group: 'supporting', serviceArea: 'Cared for Children', unit: 'rate', ratePer: 10000, secondaryLabel: null,
    decimals: 1, polarity: 'none', basis: 'monthly', title: 'Rate of Cared for Children', source: 'TfC', target: null, toleranceEdge: null,
    definition: 'Cared for children at the end of the month, per 10,000 children aged under 18.',
  },
  {
    ref: 'SM4', group: 'supporting', serviceArea: 'Children\'s Social Care', ...percent, decimals: 1, polarity: 'lower', basis: 'ytd',
    title: '% of referrals that were re-referrals within 12 months', source: 'TfC', target: '23', toleranceEdge: '28.9',
    definition: 'Referrals in the year about a child who had been referred within the previous twelve months.',
  },
  {
    ref: 'SM5', group: 'supporting', serviceArea: 'Children\'s Social Care', ...percent, decimals: 1, polarity: 'higher', basis: 'ytd',
    title: '% of CiN assessments authorised within 45 wds', source: 'TfC', target: '85', toleranceEdge: '80',
    definition: 'Child and family assessments authorised in the year within 45 working days of the referral.',
  },
  {
    ref: 'SM6', group: 'supporting', serviceArea: 'Children\'s Social Care', ...percent, decimals: 1, polarity: 'higher', basis: 'monthly',
    title: '% of children subject to CiN plan who received a visit within 20 working days', source: 'TfC', target: '75', toleranceEdge: '70',
    definition: 'Children on a child in need plan at the end of the month who were visited within 20 working days.',
  },
  {
    ref: 'SM7', group: 'supporting', serviceArea: 'Cared for Children', ...percent, decimals: 1, polarity: 'higher', basis: 'monthly',
    title: '% of Cared for Children who have received a statutory visit within timescale', source: 'TfC', target: '95', toleranceEdge: '90',
    definition: 'Cared for children at the end of the month whose statutory visits are up to date.',
  },
  {
    ref: 'SM8', group: 'supporting', serviceArea: 'Care Experienced Young People', ...percent, decimals: 1, polarity: 'higher',
    basis: 'annual', annualMonth: 3,
    title: '% of cared experienced young people in suitable accommodation (19-21)', source: 'TfC', target: '85', toleranceEdge: '80',
    dataLagNote: 'Reported once a year from the statutory return on care leavers.',
    definition: 'Care experienced young people aged 19 to 21 whose accommodation is judged suitable, at their birthday contact.',
  },
  {
    ref: 'SM9', group: 'supporting', serviceArea: 'Care Experienced Young People', ...percent, decimals: 1, polarity: 'higher',
    basis: 'annual', annualMonth: 3,
    title: '% of Care Experienced young people who are in employment, education or training (19-21)', source: 'TfC',
    target: '40', toleranceEdge: '35',
    dataLagNote: 'Reported once a year from the statutory return on care leavers.',
    definition: 'Care experienced young people aged 19 to 21 in employment, education or training, at their birthday contact.',
  },
  {
    ref: 'SM10', group: 'supporting', serviceArea: 'Care Experienced Young People', ...percent, decimals: 1, polarity: 'higher',
    basis: 'monthly', title: '% of Care Experienced young people contacted within 8 weeks (17-21)', source: 'TfC',
    target: '85', toleranceEdge: '80',
    definition: 'Care experienced young people aged 17 to 21 whom a worker has been in touch with in the last eight weeks.',
  },
  {
    ref: 'SM11', group: 'supporting', serviceArea: 'Workforce', ...percent, decimals: 2, polarity: 'lower', basis: 'monthly',
    title: '% of established social worker posts filled by agency/interim staff', source: 'TfC', target: '16', toleranceEdge: '20',
    definition: 'Established social worker posts held by agency or interim workers at the end of the month.',
  },
  {
    ref: 'SM12', group: 'supporting', serviceArea: 'Early Help', ...percent, decimals: 1, polarity: 'none', basis: 'monthly',
    title: '% of Early Help cases that were closed with two or more successful outcomes (Partner)', source: 'Partner',
    target: null, toleranceEdge: null,
    definition: 'As KPI1, for Early Help cases held and closed by partner agencies.',
  },
  {
    ref: 'SM13', group: 'supporting', serviceArea: 'Children\'s Social Care', ...percent, decimals: 1, polarity: 'lower', basis: 'ytd',
    title: '% of children subject to a repeat CP plan (within 2 years)', source: 'TfC', target: '10', toleranceEdge: '15',
    definition: 'Child protection plans started in the year for a child whose previous plan ended within two years.',
  },
  {
    ref: 'SM14', group: 'supporting', serviceArea: 'Missing and Exploitation', unit: 'count', ratePer: null,
    secondaryLabel: 'children', decimals: 0, polarity: 'none', basis: 'monthly',
    title: 'Number of missing from home episodes (& children)', source: 'TfC', target: null, toleranceEdge: null,
    definition: 'Episodes in which a child living at home was reported missing, with the number of children in brackets.',
  },
  {
    ref: 'SM15', group: 'supporting', serviceArea: 'Missing and Exploitation', unit: 'count', ratePer: null,
    secondaryLabel: 'children', decimals: 0, polarity: 'none', basis: 'monthly',
    title: 'Number of missing from care episodes (& children)', source: 'TfC', target: null, toleranceEdge: null,
    definition: 'Episodes in which a cared for child was reported missing, with the number of children in brackets.',
  },
  {
    ref: 'SM16', group: 'supporting', serviceArea: 'Missing and Exploitation', ...percent, decimals: 0, polarity: 'higher',
    basis: 'monthly', title: '% of children identified at risk of MSET who have a completed MSET Framework', source: 'TfC',
    target: '98', toleranceEdge: '95',
    definition: 'Children newly identified as at risk of missing, sexual exploitation or trafficking (MSET) whose MSET framework was completed.',
  },
  {
    ref: 'SM17', group: 'supporting', serviceArea: 'Children\'s Social Care', ...percent, decimals: 1, polarity: 'lower',
    basis: 'monthly', title: '% of children subject to CP plan longer than 2 years', source: 'TfC', target: '0', toleranceEdge: '1',
    definition: 'Children on a child protection plan at the end of the month whose plan began more than two years ago.',
  },
  {
    ref: 'SM18', group: 'supporting', serviceArea: 'Cared for Children', ...percent, decimals: 1, polarity: 'none', basis: 'monthly',
    title: '% of children placed with internal foster carers', source: 'TfC', target: null, toleranceEdge: null,
    definition: 'Cared for children in foster care who live with Together for Children\'s own foster carers.',
  },
  {
    ref: 'SM19', group: 'supporting', serviceArea: 'Cared for Children', ...percent, decimals: 0, polarity: 'higher', basis: 'monthly',
    title: '% of Cared for Children with a plan of permanence by second review (in period)', source: 'TfC',
    target: null, toleranceEdge: null,
    definition: 'Cared for children whose second review fell in the month and who had a plan of permanence by then.',
  },
  {
    ref: 'SM20', group: 'supporting', serviceArea: 'Cared for Children', unit: 'count', ratePer: null, secondaryLabel: null,
    decimals: 0, polarity: 'lower', basis: 'annual', annualMonth: 3,
    title: 'Number of Cared for Children who have had unplanned placement moves in the period', source: 'TfC',
    target: null, toleranceEdge: null,
    definition: 'Cared for children whose placement ended without being planned, in the month; the year-to-date figure counts the year.',
  },
  {
    ref: 'SM21', group: 'supporting', serviceArea: 'Cared for Children', unit: 'count', ratePer: null, secondaryLabel: null,
    decimals: 0, polarity: 'higher', basis: 'monthly', title: 'Number of internal foster carers', source: 'TfC',
    target: null, toleranceEdge: null,
    definition: 'Approved foster carer households of Together for Children at the end of the month.',
  },
  {
    ref: 'SM22', group: 'supporting', serviceArea: 'Education', ...percent, decimals: 1, polarity: 'lower', basis: 'rolling3m',
    basisNote: 'Dec – Feb 2020 Average',
    title: '% of young people who are NEET or whose activity is not known (age 16-17)', source: 'TfC',
    target: '6', toleranceEdge: '10',
    dataLagNote: 'Measured nationally as the average of December, January and February; outside those months the last published average is shown and the measure is rated Blue.',
    definition: '16 and 17 year olds not in education, employment or training, or whose activity is not known, averaged over three months.',
  },
  {
    ref: 'SM23', group: 'supporting', serviceArea: 'Workforce', ...percent, decimals: 2, polarity: 'lower', basis: 'monthly',
    title: '% of established social worker posts that are vacant', source: 'TfC', target: '15', toleranceEdge: '20',
    definition: 'Established social worker posts that are vacant at the end of the month.',
  },
  {
    ref: 'SM24', group: 'supporting', serviceArea: 'Education', ...percent, decimals: 1, polarity: 'higher',
    basis: 'annual', annualMonth: 3,
    title: 'Proportion of Education Health Care plans issued in 20 weeks/excluding exception cases', source: 'TfC',
    target: '67', toleranceEdge: '62',
    dataLagNote: 'Reported once a year, for the calendar year, from the SEN2 return.',
    definition: 'New Education, Health and Care plans issued within 20 weeks of the request, excluding cases where an exception applies.',
  },
  {
    ref: 'SM25', group: 'supporting', serviceArea: 'Finance', ...percent, decimals: 0, polarity: 'higher', basis: 'monthly',
    title: 'The provision of a detailed financial update report to the Executive Director of Corporate Resources within 5 days of the Company Board',
    source: 'TfC', target: '100', toleranceEdge: '95',
    definition: 'Company Board meetings in the month after which the financial update reached the Executive Director within five days.',
  },
  {
    ref: 'SM26', group: 'supporting', serviceArea: 'Finance', ...percent, decimals: 0, polarity: 'higher', basis: 'quarterly',
    title: 'The provision to the S151 Officer of timely School\'s Finance Reports within 5 days of each Schools Forum meeting',
    source: 'TfC', target: '100', toleranceEdge: '95',
    definition: 'Schools Forum meetings in the quarter after which the schools finance report reached the S151 Officer within five days.',
  },
];
