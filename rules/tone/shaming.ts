/** tone/shaming: threats to expose the reader in public (social media, neighbours, a public list). */
import { phraseRule } from './phrase-rule.ts';

export const shaming = phraseRule({
  id: 'tone/shaming',
  category: 'shaming',
  severity: 'error',
  description: 'Threatens to shame the reader in public.',
  docs:
    'Threatening to tell the neighbours, post the customer\'s name on social media or put it on a public list ' +
    'of debtors is harassment at every stage and breaks debt-collection law in many countries. Remove the ' +
    'sentence; if a next step is needed, name a lawful one allowed at the stage.',
  examples: {
    en: { bad: "I'll make sure everyone on Nextdoor knows how you do business.", good: 'Please contact us so we can settle this together.' },
    es: { bad: 'Les contaré a todos sus vecinos qué clase de persona es usted.', good: 'Quedamos a su disposición para resolverlo.' },
    vi: { bad: 'Tôi sẽ đăng tên anh lên Facebook cho mọi người biết.', good: 'Mong anh liên hệ để cùng giải quyết.' },
  },
  message: (_entry, text) => `"${text}" threatens public shaming: remove it.`,
});
