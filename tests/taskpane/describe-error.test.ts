/**
 * The pane's message bar: every failure as one sentence in the user's language. An invalid plan is
 * the checker's own bug and says so, rather than "something went wrong".
 */
import { PlanError } from '../../src/engine/plan/validate';
import { OfficeActionError } from '../../src/office/errors';
import { describeError } from '../../src/taskpane/describe-error';

describe('describeError', () => {
  it('says an invalid plan is the checker’s bug, in Dutch and in English', () => {
    const error = new PlanError('sheet-name-too-long', 'NPO Overzicht met een veel te lange naam');
    expect(describeError(error, 'nl')).toBe(
      'De NPO-controle stelde tabbladen samen die Excel niet zou aannemen (sheet-name-too-long: NPO Overzicht met een veel te lange naam); er is niets geschreven. Dit is een fout in de NPO-controle; meld het graag, met de werkmap als dat kan.',
    );
    expect(describeError(error, 'en')).toMatch(/^The NPO check put together tabs that Excel would not accept \(/);
  });

  it('says Excel’s failures in their own sentence and anything else as unexpected', () => {
    expect(describeError(new OfficeActionError('too-many-sheets', '255'), 'en')).toMatch(
      /^The workbook has more than 255 worksheets/,
    );
    expect(describeError(new Error('boom.'), 'en')).toBe(
      'Something went wrong: boom. Try again; if it keeps failing, please report it.',
    );
  });
});
