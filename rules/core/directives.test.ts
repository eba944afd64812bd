// Inline tactful-disable directives: parsing in every comment syntax, and which messages they drop.
import { describe, expect, it } from 'vitest';
import { applyDirectives, parseDirectives } from './directives.ts';

describe('parseDirectives', () => {
  it.each([
    ['<!-- tactful-disable tone/shouting, required/amount -->', 'disable', ['tone/shouting', 'required/amount']],
    ['{{!-- tactful-disable-next-line tone/shouting --}}', 'disable-next-line', ['tone/shouting']],
    ['{{! tactful-enable }}', 'enable', []],
    ['{# tactful-disable-line quality #}', 'disable-line', ['quality']],
    ['{%- comment -%} tactful-disable {%- endcomment -%}', 'disable', []],
    ['{% # tactful-enable tone/* %}', 'enable', ['tone/*']],
    ['# tactful-disable-next-line required/due-date', 'disable-next-line', ['required/due-date']],
    ['   // tactful-disable', 'disable', []],
  ])('reads %s', (source, kind, ids) => {
    expect(parseDirectives(`Hi Sam,\n${source}\nThanks`)).toEqual([{ kind, ids, line: 2 }]);
  });

  it('ignores the words inside ordinary prose', () => {
    expect(parseDirectives('We use tactful-disable in our templates. # not a directive tactful-disable')).toEqual([]);
  });
});

describe('applyDirectives', () => {
  const source = [
    'line 1',
    '<!-- tactful-disable tone -->',
    'line 3',
    '<!-- tactful-enable tone/shouting -->',
    'line 5',
    '<!-- tactful-enable -->',
    '<!-- tactful-disable-next-line -->',
    '',
    'line 9',
    'line 10 <!-- tactful-disable-line required/amount -->',
  ].join('\n');
  const m = (ruleId: string, line: number) => ({ ruleId, line });
  it('applies disable/enable regions, families, next-line (skipping blank lines) and same-line', () => {
    const messages = [
      m('tone/shouting', 1),
      m('tone/shouting', 3),
      m('tone/insult', 3),
      m('required/amount', 3),
      m('tone/shouting', 5),
      m('tone/insult', 5),
      m('tone/insult', 9),
      m('required/amount', 10),
      m('tone/insult', 10),
    ];
    expect(applyDirectives(messages, source)).toEqual([
      m('tone/shouting', 1),
      m('required/amount', 3),
      m('tone/shouting', 5),
      m('tone/insult', 10),
    ]);
  });
});
