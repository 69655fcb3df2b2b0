/** The two languages of everything a user reads: Dutch first, English second. */
export type Lang = 'nl' | 'en';

/** Dutch when Office speaks Dutch (`nl-NL`, `nl-BE`), English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** One word or sentence in both languages, chosen by `Lang`. */
export type Bilingual<T> = Readonly<Record<Lang, T>>;
