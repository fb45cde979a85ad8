// Monthly figures for April to October 2020.
//
// October is as the reference pack published it: position, year to date, commentary (and an
// improvement action where the pack gives one), and the three ratings the pack gave by judgement
// (SM16, SM19, SM20).
//
// April to September are ILLUSTRATIVE. The pack gives only a rating letter for those months (its
// summary grid); the values below are made up by this project to reproduce those letters and read
// plausibly. They are not Together for Children's figures. The README says the same.
import type { SeedAvailability, SeedFigure } from './figure-types';

const na = (availability: SeedAvailability, extra: Partial<SeedFigure> = {}): SeedFigure => ({ value: null, availability, ...extra });
const notDue = na('not_due');
/** A snapshot measure: its year-to-date figure is the month's figure. */
const snap = (value: string, extra: Partial<SeedFigure> = {}): SeedFigure => ({ value, ytd: value, ...extra });
const ytd = (value: string, ytdValue: string): SeedFigure => ({ value, ytd: ytdValue });
const pair = (value: string, secondary: string, ytdValue: string, ytdSecondary: string): SeedFigure => ({
  value, secondary, ytd: ytdValue, ytdSecondary,
});
const plain = (value: string): SeedFigure => ({ value });

const permanenceJudgement = {
  rating: 'green',
  justification: 'No target is set. Every cared for child whose second review fell in the month had a plan of permanence, so the service rates it green.',
} as const;

/** April to September 2020, six months per measure. Illustrative: see the note at the top. */
export const illustrativeAprilToSeptember: Record<string, SeedFigure[]> = {
  KPI1: [ytd('88.6', '88.6'), ytd('89.4', '89.0'), ytd('89.0', '89.0'), ytd('89.3', '89.1'), ytd('88.9', '89.0'), ytd('89.2', '89.1')],
  KPI2: [notDue, notDue, plain('352'), notDue, notDue, plain('339')],
  KPI3: [
    plain('96.1'),
    { value: '91.2', commentary: 'Illustrative: several referrals waited for information from partner agencies over the bank holiday.', improvementAction: 'Illustrative: daily triage huddle with partner agencies at the front door.' },
    plain('95.8'), plain('96.4'), plain('95.3'),
    { value: '93.0', commentary: 'Illustrative: the return to school brought a rise in referrals in September.', improvementAction: 'Illustrative: additional duty social worker on the front door during September and October.' },
  ],
  KPI4: [plain('98.2'), plain('97.5'), plain('96.9'), plain('97.8'), plain('96.4'), plain('95.6')],
  KPI5: [
    { value: '12.1', commentary: 'Illustrative: a small number of children moved placement as carers shielded during the pandemic.', improvementAction: 'Illustrative: every third placement move is reviewed by the Head of Service.' },
    { value: '12.6', commentary: 'Illustrative: placement moves remain higher than target while carers shield.', improvementAction: 'Illustrative: every third placement move is reviewed by the Head of Service.' },
    { value: '12.9', commentary: 'Illustrative: two sibling groups moved together to long-term carers.', improvementAction: 'Illustrative: placement stability meetings before any planned move.' },
    { value: '13.4', commentary: 'Illustrative: moves rose above tolerance as emergency placements ended.', improvementAction: 'Illustrative: Leadership Team scrutiny of every child with three or more moves.' },
    { value: '12.2', commentary: 'Illustrative: the rate is falling back within tolerance.', improvementAction: 'Illustrative: Leadership Team scrutiny of every child with three or more moves continues.' },
    { value: '11.6', commentary: 'Illustrative: the rate is close to target.', improvementAction: 'Illustrative: Leadership Team scrutiny of every child with three or more moves continues.' },
  ],
  KPI6: [plain('86.4'), plain('87.1'), plain('87.9'), plain('88.5'), plain('89.2'), plain('89.6')],
  SM1: [snap('365.2'), snap('369.8'), snap('372.5'), snap('375.1'), snap('377.9'), snap('378.4')],
  SM2: [snap('68.1'), snap('69.4'), snap('70.2'), snap('71.5'), snap('72.0'), snap('72.8')],
  SM3: [snap('110.2'), snap('110.9'), snap('111.6'), snap('112.3'), snap('112.8'), snap('113.1')],
  SM4: [
    { value: '29.8', ytd: '29.8', commentary: 'Illustrative: re-referrals rose as families returned to services after lockdown.', improvementAction: 'Illustrative: closure summaries to record each family\'s safety plan.' },
    { value: '25.4', ytd: '27.6', commentary: 'Illustrative: re-referrals are falling back within tolerance.', improvementAction: 'Illustrative: closure summaries to record each family\'s safety plan.' },
    { value: '23.1', ytd: '26.1', commentary: 'Illustrative: re-referrals continue to fall.', improvementAction: 'Illustrative: audit of re-referred cases to check the closure summary was used.' },
    { value: '21.7', ytd: '25.0', commentary: 'Illustrative: the monthly figure is within target; the year to date remains in tolerance.', improvementAction: 'Illustrative: audit of re-referred cases to check the closure summary was used.' },
    ytd('14.5', '22.9'),
    { value: '31.3', ytd: '24.3', commentary: 'Illustrative: a rise in September after schools returned.', improvementAction: 'Illustrative: review of September re-referrals with the education safeguarding team.' },
  ],
  SM5: [ytd('95.1', '95.1'), ytd('94.0', '94.6'), ytd('93.8', '94.3'), ytd('94.6', '94.4'), ytd('92.9', '94.1'), ytd('93.5', '94.0')],
  SM6: [snap('88.2'), snap('89.0'), snap('90.1'), snap('89.5'), snap('90.3'), snap('90.9')],
  SM7: [snap('96.8'), snap('97.2'), snap('95.9'), snap('96.5'), snap('97.0'), snap('96.1')],
  SM8: [notDue, notDue, notDue, notDue, notDue, notDue],
  SM9: [notDue, notDue, notDue, notDue, notDue, notDue],
  SM10: [
    snap('88.0'),
    snap('83.2', { commentary: 'Illustrative: contact was by telephone while visits were paused; some contacts were not recorded in time.', improvementAction: 'Illustrative: weekly list of young people nearing eight weeks without contact.' }),
    snap('86.5'),
    snap('82.1', { commentary: 'Illustrative: staff leave over the summer delayed some contacts.', improvementAction: 'Illustrative: cover arrangements for personal advisers on leave.' }),
    snap('84.0', { commentary: 'Illustrative: contacts are recovering but remain below target.', improvementAction: 'Illustrative: cover arrangements for personal advisers on leave.' }),
    snap('87.3'),
  ],
  SM11: [plain('0.52'), plain('0.41'), plain('0.30'), plain('0.22'), plain('0.10'), plain('0.08')],
  SM12: [ytd('78.4', '78.4'), ytd('79.1', '78.8'), ytd('80.2', '79.2'), ytd('82.6', '80.0'), ytd('80.9', '80.2'), ytd('83.5', '80.6')],
  SM13: [
    ytd('6.3', '6.3'), ytd('7.9', '7.1'), ytd('9.8', '8.0'), ytd('11.0', '8.8'), ytd('12.7', '9.6'),
    { value: '14.0', ytd: '10.4', commentary: 'Illustrative: a sibling group returned to a plan within two years.', improvementAction: 'Illustrative: repeat plans reviewed at the child protection conference chairs\' meeting.' },
  ],
  SM14: [pair('52', '40', '52', '40'), pair('58', '45', '110', '78'), pair('61', '44', '171', '115'), pair('66', '50', '237', '152'), pair('63', '47', '300', '186'), pair('60', '46', '360', '218')],
  SM15: [pair('50', '22', '50', '35'), pair('55', '24', '105', '47'), pair('57', '25', '162', '56'), pair('62', '27', '224', '64'), pair('58', '26', '282', '71'), pair('58', '24', '340', '78')],
  SM16: [snap('100'), snap('100'), na('not_applicable', { ytd: '100' }), snap('100'), snap('100'), snap('100')],
  SM17: [
    snap('0.0'),
    snap('0.4', { commentary: 'Illustrative: one child\'s plan passed two years while court proceedings concluded.', improvementAction: 'Illustrative: plans approaching 18 months are reviewed by the Head of Service.' }),
    snap('0.0'), snap('0.0'), snap('0.0'), snap('0.0'),
  ],
  SM18: [snap('55.1'), snap('55.4'), snap('55.9'), snap('56.0'), snap('56.3'), snap('56.5')],
  SM19: Array.from({ length: 6 }, () => snap('100', { judged: permanenceJudgement })),
  SM20: [ytd('2', '2'), ytd('1', '3'), ytd('2', '5'), ytd('1', '6'), ytd('2', '8'), ytd('1', '9')],
  SM21: [snap('238'), snap('240'), snap('241'), snap('243'), snap('244'), snap('246')],
  SM22: [na('not_available'), na('not_available'), na('not_available'), na('not_available'), na('not_available'), na('not_available')],
  SM23: [plain('3.40'), plain('2.95'), plain('2.10'), plain('1.80'), plain('1.42'), plain('1.20')],
  SM24: [notDue, notDue, notDue, notDue, notDue, notDue],
  SM25: [plain('100'), plain('100'), plain('100'), na('not_available'), plain('100'), plain('100')],
  SM26: [notDue, notDue, plain('100'), notDue, notDue, plain('100')],
};

/** October 2020, as the reference pack published it. */
export const october2020: Record<string, SeedFigure> = {
  // The pack prints one position for this year-to-date measure: its year-to-date figure.
  KPI1: {
    value: '89.1', ytd: '89.1',
    commentary: 'Performance is stable over the period and has remained ahead of performance last year and the annual target.',
  },
  KPI2: {
    value: '339',
    commentary: 'The rate of first-time entrants to the criminal justice system (per 100,000 population) has continued to reduce over the past two years. In the latest data, performance is now lower than the North East average. There is a data lag on the data metrics as the data source used is the Police National Computer; data is the most recent publication.',
  },
  // The pack prints each KPI's commentary and improvement action as one paragraph: a closing
  // sentence that says what is being done about the figure is taken as the improvement action.
  KPI3: {
    value: '88.5',
    commentary: 'Performance has been mixed for this target over the past couple of months. It is not always possible, to make decisions within 24 hours, for example while waiting for partner agencies to respond to our requests for information.',
    improvementAction: 'There is strong senior management oversight by Senior Management within Social Care, to ensure the most appropriate practices were followed.',
  },
  KPI4: {
    value: '94.5',
    // The pack's one paragraph explains the Amber and names no action, so it is all commentary
    // and the improvement action is left empty, as published.
    commentary: 'Performance has remained consistently high over the period. This has been a challenge owing to the pressures of working in a Covid secure way. The performance in the month of October was slightly below target, so reported as amber. In all other months, performance had been above target.',
  },
  KPI5: {
    value: '10.8',
    commentary: 'Performance has improved for this target over the past couple of months. This measure is reviewed closely by Senior Management in Social Care, and the Leadership Team. The placement moves for all children with three or more placement moves in a 12-month period are scrutinised. They have always been in the best interest of the child and following best social work practice.',
  },
  KPI6: {
    value: '89.9',
    commentary: 'Performance remains above target throughout the year. The improvement from this year compared to the same point last year is based on improved recording in the case management system.',
  },
  SM1: snap('379.8'),
  SM2: snap('73.3'),
  SM3: snap('113.6'),
  SM4: {
    value: '22.1', ytd: '24.0',
    commentary: 'There have been 363 repeat referrals since April 2020, this is lower than the same point last year, when there were 470 repeat referrals. Also, in the month of October, performance was within the annual target.',
    improvementAction: 'Since February, a "closure summary" now exists in the case recording tool, meaning we can clearly state the safety plan for a family when closing a case. This means we can make a better-informed decision about any subsequent referrals for these children, as we can assess the new risk against this plan. Over time, this will help improve the performance against this measure.',
  },
  SM5: ytd('85.4', '93.2'),
  SM6: snap('90.7'),
  SM7: snap('96.3'),
  SM8: na('not_available'),
  SM9: na('not_available'),
  SM10: snap('89.7'),
  SM11: plain('0.05'),
  SM12: ytd('86.8', '81.0'),
  SM13: ytd('0.0', '9.0'),
  SM14: pair('73', '52', '433', '247'),
  SM15: pair('41', '25', '381', '84'),
  SM16: na('not_applicable', {
    ytd: '100',
    judged: {
      rating: 'green',
      justification: 'No child was newly identified at risk of MSET in October, so there is no monthly figure; every child identified this year has a completed framework (100% year to date).',
    },
  }),
  SM17: snap('0.0'),
  SM18: snap('56.8'),
  SM19: snap('100', { judged: permanenceJudgement }),
  SM20: {
    value: '1', ytd: '10',
    judged: {
      rating: 'blue',
      justification: 'No target is set and the measure is rated once a year; the monthly count is reported for information.',
    },
  },
  SM21: snap('247'),
  SM22: snap('6.5'),
  SM23: plain('1.15'),
  SM24: notDue,
  SM25: plain('100'),
  SM26: plain('100'),
};
