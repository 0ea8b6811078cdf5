import { findPhoneNumbersInText } from 'libphonenumber-js';
import { isPhoneCountry, normalizePhone } from '../shared/phones';

/**
 * What a CV's text suggests for a new candidate record (issue 5, "Documents"): the recruiter confirms or edits
 * every value before anything is saved. Pure: the caller extracts the text and supplies the known skill names.
 */
export type CvSuggestions = {
  firstName?: string;
  lastName?: string;
  emails: string[];
  phones: string[];
  skills: string[];
  text: string;
};

/** How much of the text comes back for the recruiter to glance at. */
export const CV_TEXT_PREVIEW_CHARS = 2000;
/** How many lines from the top may hold the name; CVs put it first. */
const NAME_LINES = 15;
const MAX_EACH = 10;

const EMAIL_PATTERN = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
/** A capitalized word of a name: "Anna", "O'Neil", "Smith-Jones", "Zoë". */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** Headings that look like names but are not. */
const NOT_NAMES = new Set(['curriculum vitae', 'resume', 'résumé', 'personal statement', 'personal profile', 'work experience', 'contact details']);

const unique = (values: readonly string[]): string[] => [...new Set(values)];

export function findEmails(text: string): string[] {
  return unique((text.match(EMAIL_PATTERN) ?? []).map((email) => email.replace(/\.+$/, '').toLowerCase())).slice(0, MAX_EACH);
}

/** Phone numbers in the text, in E.164 where they parse as valid numbers (numbers without a prefix read in `country`). */
export function findPhones(text: string, country: string): string[] {
  const found = isPhoneCountry(country) ? findPhoneNumbersInText(text, country) : findPhoneNumbersInText(text);
  const phones = found.map((match) => normalizePhone(text.slice(match.startsAt, match.endsAt), country) ?? match.number.number);
  return unique(phones).slice(0, MAX_EACH);
}

/** The first short line near the top made of 2–4 capitalized words, without digits or "@": the person's name. */
export function findName(text: string): { firstName: string; lastName: string } | undefined {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, NAME_LINES);
  for (const line of lines) {
    if (line.length > 60 || /[\d@]/.test(line) || NOT_NAMES.has(line.toLowerCase())) {
      continue;
    }
    const [firstName, ...rest] = line.split(' ');
    if (firstName && rest.length >= 1 && rest.length <= 3 && [firstName, ...rest].every((word) => NAME_WORD.test(word))) {
      return { firstName, lastName: rest.join(' ') };
    }
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The known skills the text mentions as whole words, case-insensitively, spelled as the vocabulary spells them
 * (the first spelling wins when two differ only in case); in the order of `known`.
 */
export function findSkills(text: string, known: readonly string[]): string[] {
  const found = new Map<string, string>();
  for (const skill of known) {
    const name = skill.trim();
    const key = name.toLowerCase();
    if (!name || found.has(key)) {
      continue;
    }
    const words = name.split(/\s+/).map(escapeRegExp).join('\\s+');
    if (new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text)) {
      found.set(key, name);
    }
  }
  return [...found.values()];
}

export function suggestFromCvText(rawText: string, options: { knownSkills: readonly string[]; phoneCountry: string }): CvSuggestions {
  const text = rawText.replaceAll('\u0000', '').trim();
  const name = findName(text);
  return {
    ...(name ?? {}),
    emails: findEmails(text),
    phones: findPhones(text, options.phoneCountry),
    skills: findSkills(text, options.knownSkills),
    text: text.slice(0, CV_TEXT_PREVIEW_CHARS),
  };
}
