/**
 * About the person, from their own words: under 18 or an adult, and which nation they live in.
 * Deterministic and conservative: only first-person statements ("I'm 15", "I'm still at school",
 * "I live in Cardiff") or a question about a place ("is there a helpline in Scotland?") count.
 * Under 18 wins when a message says both, so a young person is never sent to an adults' service.
 */
import { NATIONS, type AgeGroup, type Found, type Nation } from '../../dialogs/facts';
import { originalText, type Normalised } from './normalise';
import { enGBPerson, type PersonPhrases } from './person.phrases';

interface CompiledPerson {
  ageNumber: RegExp[];
  under18: RegExp[];
  livesIn: RegExp[];
  /** Exact place -> nation, and the place words longest first for "north wales", "the highlands". */
  places: Map<string, Nation>;
  placeWords: string[];
}

function compile(p: PersonPhrases): CompiledPerson {
  const places = new Map<string, Nation>();
  for (const nation of NATIONS) for (const place of p.places[nation]) places.set(place, nation);
  return {
    ageNumber: p.ageNumber.map((s) => new RegExp(s, 'g')),
    under18: p.under18.map((s) => new RegExp(s, 'g')),
    livesIn: p.livesIn.map((s) => new RegExp(s, 'g')),
    places,
    placeWords: [...places.keys()].sort((a, b) => b.length - a.length),
  };
}

/** One phrase set so far (the helpline is British); other locales read with it. */
const COMPILED = compile(enGBPerson);

/** Youngest age that counts as an age (smaller numbers are almost never one). */
const MIN_AGE = 10;
const ADULT_AGE = 18;

export function extractAgeFrom(n: Normalised): Found<AgeGroup> | undefined {
  let adult: Found<AgeGroup> | undefined;
  for (const re of COMPILED.under18) {
    for (const m of n.text.matchAll(re)) return { value: 'under18', text: originalText(n, m.index, m.index + m[0].length) };
  }
  for (const re of COMPILED.ageNumber) {
    for (const m of n.text.matchAll(re)) {
      const age = Number(m[1]);
      if (!Number.isInteger(age) || age < MIN_AGE) continue;
      const text = originalText(n, m.index, m.index + m[0].length);
      if (age < ADULT_AGE) return { value: 'under18', text };
      adult ??= { value: 'adult', text };
    }
  }
  return adult;
}

/** The nation of the words after "in": "north wales" -> wales, "glasgow city" -> scotland. */
function nationOf(place: string): Nation | undefined {
  const words = place.replace(/^(?:north|south|east|west|mid|rural|central) /, '');
  for (const known of COMPILED.placeWords) {
    if (words === known || words.startsWith(`${known} `)) return COMPILED.places.get(known);
  }
  return undefined;
}

export function extractNationFrom(n: Normalised): Found<Nation> | undefined {
  let found: { at: number; value: Found<Nation> } | undefined;
  for (const re of COMPILED.livesIn) {
    for (const m of n.text.matchAll(re)) {
      const nation = nationOf(m[1] ?? '');
      if (!nation) continue;
      // The last place they name is where they are now ("I moved from Leeds to Cardiff").
      if (!found || m.index > found.at) found = { at: m.index, value: { value: nation, text: originalText(n, m.index, m.index + m[0].length) } };
    }
  }
  return found?.value;
}
