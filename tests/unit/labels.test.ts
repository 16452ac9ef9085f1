import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryLabel, categoryShort } from '../../lib/constants';
import { issuedLabel, statusParts, statusText, type StatusSource } from '../../lib/labels';
import { firstSentence } from '../../lib/metadata';

const TODAY = '2024-10-01';
const none: StatusSource = { status: null, trial: false, effective: null, commentDeadline: null, repealed: null };

describe('status with its date', () => {
  it('says since when a measure is in force, when one takes effect, and when it was repealed', () => {
    expect(statusText({ ...none, status: 'in-force', effective: '2025-09-01' }, TODAY, 'short')).toBe('In force since 1 Sep 2025');
    expect(statusText({ ...none, status: 'in-force', trial: true, effective: '2022-09-01' }, TODAY)).toBe('In force (trial) since 1 September 2022');
    expect(statusText({ ...none, status: 'not-yet-in-force', effective: '2025-09-01' }, TODAY)).toBe('Not yet in force: takes effect 1 September 2025');
    expect(statusText({ ...none, status: 'repealed', effective: '2005-09-25', repealed: '2017-06-01' }, TODAY, 'short')).toBe('Repealed 1 Jun 2017');
  });

  it('says whether a draft’s comments close or closed, against today', () => {
    const draft = { ...none, status: 'draft-for-comment' as const, commentDeadline: '2024-10-14' };
    expect(statusText(draft, '2024-10-01', 'short')).toBe('Draft for comment: comments close 14 Oct 2024');
    expect(statusText(draft, '2024-10-14', 'short')).toBe('Draft for comment: comments close 14 Oct 2024');
    expect(statusText(draft, '2024-10-15', 'short')).toBe('Draft for comment: comments closed 14 Oct 2024');
  });

  it('claims no date it does not have: in force without an effective date, a draft without a deadline', () => {
    expect(statusText({ ...none, status: 'in-force' }, TODAY)).toBe('In force');
    expect(statusParts({ ...none, status: 'draft-for-comment' }, TODAY)).toEqual({ label: 'Draft for comment', phrase: null, date: null });
    expect(statusText(none, TODAY)).toBe('');
  });

  it('labels the issued date by what it is', () => {
    expect(issuedLabel('judgment')).toBe('Decided');
    for (const c of ['regulation', 'standard', 'enforcement']) expect(issuedLabel(c)).toBe('Issued');
  });
});

describe('category labels', () => {
  it('has one label per category and a short form of that same label', () => {
    expect(categoryLabel('regulation')).toBe('Regulations, Policies & Judicial Interpretations');
    expect(categoryShort('regulation')).toBe('Regulations & Policies');
    for (const c of CATEGORIES) {
      // Every word of the short form is in the label: it abbreviates, it does not rename.
      for (const word of c.short.split(/\W+/).filter(Boolean)) expect(c.label, c.id).toContain(word);
    }
  });
});

describe('firstSentence', () => {
  it('ends at the first full stop followed by a new sentence', () => {
    expect(firstSentence('The CAC released the rules. They take effect in May.')).toBe('The CAC released the rules.');
    expect(firstSentence('One sentence only.')).toBe('One sentence only.');
    expect(firstSentence('No full stop at all')).toBe('No full stop at all');
  });

  it('is not fooled by abbreviations, numbers or closing quotes', () => {
    expect(firstSentence('It amends CAC Order No. 11 and Art. 5 of the Law. Then more.')).toBe('It amends CAC Order No. 11 and Art. 5 of the Law.');
    expect(firstSentence('They issued the “Measures.” The Measures apply.')).toBe('They issued the “Measures.”');
    expect(firstSentence('Version 2.0 applies. Later text.')).toBe('Version 2.0 applies.');
    expect(firstSentence('Issued by the P.R.C. government on 1 May. More.')).toBe('Issued by the P.R.C. government on 1 May.');
  });

  it('ends at a Chinese full stop', () => {
    expect(firstSentence('数据出境安全评估办法。第二句。')).toBe('数据出境安全评估办法。');
  });
});
