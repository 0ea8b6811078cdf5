import { SKILL_VOCABULARY } from '../shared/skills';
/**
 * The one vocabulary of made-up but plausible data: the demo seed and the benchmark generator both draw on it,
 * so the demo and a million-row bench agency read alike. Pick with `pick(list, n)` for deterministic choices.
 */
export const COMPANY_NAMES = [
  'Harbor Logistics',
  'Brightwell Foods',
  'Calder Engineering',
  'Northgate Health',
  'Oakridge Retail Group',
  'Pinecrest Software',
  'Meridian Facilities',
  'Silverline Finance',
  'Trentham Construction',
  'Bluewater Hospitality',
  'Ashford Manufacturing',
  'Kestrel Energy',
  'Larkspur Pharma',
  'Redfern Automotive',
  'Westbrook Education',
  'Ironbridge Steel',
  'Copperleaf Media',
  'Summit Telecom',
  'Hollins Insurance',
  'Greystone Property',
] as const;

export const COMPANY_SUFFIXES = ['Ltd', 'plc', 'Group', 'Holdings', 'Partners', 'Services'] as const;

export const INDUSTRIES = [
  'Logistics',
  'Food production',
  'Engineering',
  'Healthcare',
  'Retail',
  'Software',
  'Facilities management',
  'Financial services',
  'Construction',
  'Hospitality',
  'Manufacturing',
  'Energy',
  'Pharmaceuticals',
  'Automotive',
  'Education',
] as const;

export const FIRST_NAMES = [
  'Olivia', 'James', 'Amara', 'Liam', 'Sofia', 'Noah', 'Hannah', 'Mateo', 'Grace', 'Ethan',
  'Priya', 'Lucas', 'Chloe', 'Daniel', 'Aisha', 'Samuel', 'Isla', 'Rohan', 'Emily', 'Tobias',
  'Zara', 'Oscar', 'Maya', 'Felix', 'Leah', 'Kwame', 'Ines', 'Jonah', 'Freya', 'Yusuf',
] as const;

export const LAST_NAMES = [
  'Hughes', 'Okafor', 'Patel', 'Murphy', 'Nowak', 'Schmidt', 'Costa', 'Bennett', 'Ahmed', 'Fraser',
  'Kowalski', 'Reyes', 'Lindqvist', 'Mensah', 'Clarke', 'Dubois', 'Tanaka', 'Walsh', 'Haddad', 'Price',
  'Moreau', 'Singh', 'Baker', 'Novak', 'Edwards', 'Larsen', 'Osei', 'Keller', 'Doyle', 'Rossi',
] as const;

export const CONTACT_TITLES = [
  'Head of Talent',
  'HR Director',
  'Operations Manager',
  'Engineering Manager',
  'Finance Director',
  'Warehouse Manager',
  'Chief Operating Officer',
  'Accounts Payable Lead',
  'Recruitment Partner',
  'Site Manager',
  'Head of People',
  'Procurement Manager',
] as const;

export const JOB_TITLES = [
  'Warehouse Operative',
  'Forklift Driver',
  'Senior Software Engineer',
  'Registered Nurse',
  'Site Supervisor',
  'Accounts Assistant',
  'Customer Service Advisor',
  'Mechanical Engineer',
  'Chef de Partie',
  'Data Analyst',
  'Project Manager',
  'Electrician',
  'Payroll Administrator',
  'Quality Inspector',
  'Store Manager',
] as const;

/** The skill list lives in src/shared (CV suggestions on the server read it too). */
export const SKILLS = SKILL_VOCABULARY;

export const CITIES = [
  { city: 'London', region: 'Greater London', postalCode: 'EC1A 1BB', country: 'GB' },
  { city: 'Manchester', region: 'Greater Manchester', postalCode: 'M1 1AE', country: 'GB' },
  { city: 'Bristol', region: 'Bristol', postalCode: 'BS1 4DJ', country: 'GB' },
  { city: 'Leeds', region: 'West Yorkshire', postalCode: 'LS1 4AP', country: 'GB' },
  { city: 'Birmingham', region: 'West Midlands', postalCode: 'B1 1BB', country: 'GB' },
  { city: 'Glasgow', region: 'Scotland', postalCode: 'G1 1XQ', country: 'GB' },
  { city: 'Dublin', region: 'Leinster', postalCode: 'D02 X285', country: 'IE' },
  { city: 'Rotterdam', region: 'South Holland', postalCode: '3011 AA', country: 'NL' },
] as const;

export const STREETS = ['High Street', 'Station Road', 'Quay Street', 'Market Square', 'Mill Lane', 'Victoria Road', 'King Street', 'Park Avenue'] as const;

/** The i-th element, wrapping around: deterministic choices without a random generator. */
export function pick<T>(list: readonly T[], index: number): T {
  const item = list[((index % list.length) + list.length) % list.length];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

/** A lower-case email-safe slug of a name ("Oakridge Retail Group" → "oakridge-retail-group"). */
export const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
