/**
 * English UI strings. This dictionary defines the keys: every other language
 * must provide exactly the same keys (see `zh-cn.ts`).
 */
export const en = {
  'site.name': 'Casebook',
  'site.tagline': 'After-sales casework for Amazon and eBay teams',
  'site.titleSeparator': ' · ',
  'lang.name': 'English',
  'lang.switch': 'Language',
  'skip.main': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'footer.about':
    'Casebook: training and reference for Amazon and eBay after-sales customer service.',
  'footer.disclaimer':
    'Marketplace policies change. Check the current rules in Seller Central or Seller Hub before you act on a real case.',

  'home.title': 'Home',
  'home.description':
    'Casebook is a bilingual handbook, case simulator, course and set of live-work tools for Amazon and eBay after-sales customer-service teams.',
  'home.heading': 'Casebook: after-sales service for Amazon and eBay teams',
  'home.lead':
    'Casebook is a handbook and training ground for the people who answer Amazon and eBay buyers after the sale: returns, refunds, late or missing parcels, damaged or wrong items, A-to-z and Money Back Guarantee claims, feedback and disputes.',
  'home.engine':
    'Every answer comes from one policy engine, so the handbook, the simulator, the course and the live-work tools never disagree with each other.',
  'home.who.heading': 'Who uses it',
  'home.who.lead.title': 'A team lead',
  'home.who.lead.body':
    'Sets one standard for the whole team: how each policy applies, which deadline counts and what a good reply says, with a handbook page to point to.',
  'home.who.trainee.title': 'A trainee',
  'home.who.trainee.body':
    'Learns the rules in order with the course, practises on simulated buyer cases and proves it with the quiz before taking real tickets.',
  'home.who.agent.title': 'An agent mid-shift',
  'home.who.agent.body':
    'Enters the facts of the ticket in front of them and gets the policy that applies, the deadline and a reply to adapt, in seconds.',
  'home.what.heading': 'What is in it',
  'home.what.handbook.title': 'Handbook',
  'home.what.handbook.body':
    'Amazon and eBay after-sales policies, explained case by case, with the conditions and deadlines that decide each outcome.',
  'home.what.simulator.title': 'Case simulator',
  'home.what.simulator.body':
    'Realistic buyer cases to work through, with feedback on every decision you make.',
  'home.what.course.title': 'Course and quiz',
  'home.what.course.body':
    'A guided path from the basics to the edge cases, with a quiz at the end of each part.',
  'home.what.tools.title': 'Live-work tools',
  'home.what.tools.body':
    'Quick checkers and deadline calculators for the case you are handling right now.',
  'home.languages':
    'Every page is written in English and Simplified Chinese. Use the language link at the top of the page to switch; you stay on the same page.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
} as const satisfies Record<string, string>;

export type UiKey = keyof typeof en;
