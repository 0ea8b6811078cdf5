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

/**
 * Given names from many cultures for the benchmark's million candidates (the demo's short lists above stay as they
 * are: its tests read them). With the family names below they make ~36,000 distinct full names.
 */
export const WORLD_FIRST_NAMES = [
  'Olivia', 'James', 'Amara', 'Liam', 'Sofia', 'Noah', 'Hannah', 'Mateo', 'Grace', 'Ethan', 'Priya', 'Lucas', 'Chloe',
  'Daniel', 'Aisha', 'Samuel', 'Isla', 'Rohan', 'Emily', 'Tobias', 'Zara', 'Oscar', 'Maya', 'Felix', 'Leah', 'Kwame',
  'Ines', 'Jonah', 'Freya', 'Yusuf', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Sakura', 'Kenji', 'Min-jun', 'Seo-yeon', 'Ji-ho',
  'Arjun', 'Ananya', 'Vikram', 'Lakshmi', 'Siddharth', 'Fatima', 'Omar', 'Layla', 'Hassan', 'Nour', 'Karim', 'Leila',
  'Chidi', 'Ngozi', 'Adebayo', 'Folake', 'Kofi', 'Abena', 'Thabo', 'Zanele', 'Sipho', 'Amani', 'Baraka', 'Wanjiru',
  'Santiago', 'Valentina', 'Camila', 'Diego', 'Lucia', 'Javier', 'Carmen', 'Alejandro', 'Gabriela', 'Joao', 'Beatriz',
  'Thiago', 'Mariana', 'Pierre', 'Camille', 'Louis', 'Manon', 'Hugo', 'Elise', 'Lukas', 'Lena', 'Jonas', 'Mia',
  'Matteo', 'Giulia', 'Lorenzo', 'Chiara', 'Piotr', 'Zofia', 'Jakub', 'Agnieszka', 'Ivan', 'Anastasia', 'Dmitri',
  'Olga', 'Lars', 'Ingrid', 'Erik', 'Astrid', 'Sean', 'Siobhan', 'Ciaran', 'Aoife', 'Dylan', 'Rhiannon', 'Emre',
  'Elif', 'Can', 'Zeynep', 'Nikos', 'Eleni', 'Tariq', 'Yasmin', 'Mohammed', 'Aylin', 'Tuan', 'Linh', 'Minh', 'Anh',
  'Somchai', 'Malee', 'Rizal', 'Putri', 'Jose', 'Maria', 'Miguel', 'Rosa', 'Tane', 'Aroha', 'Kai', 'Leilani',
] as const;

export const WORLD_LAST_NAMES = [
  'Hughes', 'Okafor', 'Patel', 'Murphy', 'Nowak', 'Schmidt', 'Costa', 'Bennett', 'Ahmed', 'Fraser', 'Kowalski',
  'Reyes', 'Lindqvist', 'Mensah', 'Clarke', 'Dubois', 'Tanaka', 'Walsh', 'Haddad', 'Price', 'Moreau', 'Singh', 'Baker',
  'Novak', 'Edwards', 'Larsen', 'Osei', 'Keller', 'Doyle', 'Rossi', 'Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Nakamura',
  'Suzuki', 'Sato', 'Kim', 'Park', 'Lee', 'Choi', 'Sharma', 'Gupta', 'Iyer', 'Reddy', 'Nair', 'Khan', 'Hussain',
  'Rahman', 'Al-Sayed', 'Mansour', 'Nasser', 'Adeyemi', 'Okonkwo', 'Eze', 'Balogun', 'Asante', 'Boateng', 'Nkosi',
  'Dlamini', 'Mwangi', 'Otieno', 'Kamau', 'Garcia', 'Martinez', 'Rodriguez', 'Lopez', 'Hernandez', 'Gonzalez',
  'Fernandez', 'Silva', 'Santos', 'Oliveira', 'Pereira', 'Ferreira', 'Martin', 'Bernard', 'Lefebvre', 'Laurent',
  'Muller', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Bianchi', 'Romano', 'Ricci', 'Greco', 'Wojcik',
  'Kaminski', 'Lewandowski', 'Ivanov', 'Petrov', 'Smirnova', 'Johansson', 'Andersson', 'Nilsen', 'Hansen', 'Jensen',
  'OBrien', 'Kelly', 'Byrne', 'Jones', 'Williams', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Yilmaz', 'Kaya', 'Demir',
  'Papadopoulos', 'Georgiou', 'Nguyen', 'Tran', 'Pham', 'Le', 'Srisai', 'Wongsa', 'Santoso', 'Wijaya', 'Cruz',
  'Bautista', 'Mendoza', 'Ngata', 'Parata', 'Kahale', 'Smith', 'Brown', 'Taylor', 'Wilson', 'Johnson', 'Walker',
  'Wright', 'Robinson', 'Thompson', 'White', 'Hall', 'Green', 'Wood', 'Harris', 'Lewis', 'Young', 'King', 'Scott',
  'Mitchell', 'Turner', 'Phillips', 'Campbell', 'Parker', 'Morris', 'Cook', 'Ward', 'Cooper', 'Bailey', 'Richardson',
  'Cox', 'Howard', 'Gray', 'Russell', 'Foster', 'Stewart', 'Marshall', 'Owen', 'Ellis', 'Hunt', 'Palmer', 'Mills',
  'Grant', 'Knight', 'Webb', 'Reid', 'Hart', 'Fox', 'Lane', 'Rose', 'Stone', 'Holmes', 'Dixon', 'Mason', 'Hunter',
  'Pearson', 'Chapman', 'Matthews', 'Burton', 'Gibson', 'Ross', 'Ford', 'Booth', 'Barnes', 'Shaw', 'Lloyd', 'Pritchard',
  'Fleming', 'Moss', 'Sutton', 'Field', 'Barker', 'Nash', 'Quinn', 'Vaughan', 'Hale', 'Carr', 'Jordan', 'Power',
  'Walton', 'Horton', 'Bishop', 'Abbott', 'Francis', 'Day', 'Lamb', 'Bates', 'Sharp', 'Kemp', 'Riley', 'Dunn', 'Barlow',
  'Frost', 'Hobbs', 'Perry', 'Kirk', 'Lowe', 'Parsons', 'Norris', 'Hayes', 'Oakley', 'Hartley', 'Lambert', 'Whitaker',
  'Gallagher', 'Doherty', 'McCarthy', 'Connolly', 'Duffy', 'Brennan', 'Sheridan', 'Ali', 'Hassan', 'Ibrahim',
  'Yusuf', 'Abdi', 'Warsame', 'Mahmoud', 'Farouk', 'Siddiqui', 'Chaudhry', 'Malik', 'Qureshi', 'Bhatt', 'Desai',
  'Joshi', 'Mehta', 'Kapoor', 'Chopra', 'Bose', 'Das', 'Banerjee', 'Mukherjee', 'Ghosh', 'Pillai', 'Menon',
  'Varga', 'Horvat', 'Kovac', 'Popescu', 'Ionescu', 'Dimitrov', 'Georgiev', 'Jovanovic', 'Petrovic', 'Nikolic',
] as const;

/**
 * Skills ranked by how often agencies see them: the first few are very common (the benchmark's "common terms"),
 * the tail is long. The generator draws them with Zipf weights in this order.
 */
export const SKILLS_BY_POPULARITY = [
  'Customer service', 'Excel', 'Communication', 'Sales', 'Java', 'Agile', 'Leadership', 'React', 'Azure', 'SQL',
  'Project management', 'Health and safety', 'Python', 'Forklift licence', 'Teamwork', 'Stock control', 'TypeScript',
  'AWS', 'Account management', 'Negotiation', 'Payroll', 'Sage', 'Patient care', 'Food hygiene', 'CSCS card',
  'Scrum', 'JavaScript', 'Retail operations', 'Budgeting', 'Recruitment', 'Data analysis', 'PostgreSQL', 'Docker',
  'Kubernetes', 'AutoCAD', 'PRINCE2', 'ISO 9001', 'Lean manufacturing', 'Six Sigma', 'Bookkeeping', 'Xero',
  'Salesforce', 'HubSpot', 'SEO', 'Copywriting', 'Photoshop', 'Figma', 'UX research', 'C#', '.NET', 'Node.js', 'Go',
  'Rust', 'C++', 'PHP', 'Laravel', 'Django', 'Spring Boot', 'Angular', 'Vue', 'GraphQL', 'Terraform', 'Linux',
  'Networking', 'Cisco', 'ITIL', 'ServiceNow', 'SAP', 'Oracle', 'Power BI', 'Tableau', 'Machine learning', 'Pandas',
  'Spark', 'Kafka', 'Snowflake', 'dbt', 'Airflow', 'Statistics', 'Phlebotomy', 'Medication administration',
  'Dementia care', 'First aid', 'Manual handling', 'COSHH', 'IOSH', 'NEBOSH', 'SMSTS', 'CPCS', '18th Edition wiring',
  'PLC programming', 'Welding', 'CNC machining', 'Pipefitting', 'HVAC', 'Plumbing', 'Carpentry', 'Bricklaying',
  'Scaffolding', 'Reach truck', 'Counterbalance', 'HGV Class 1', 'HGV Class 2', 'Route planning', 'Warehouse management',
  'WMS', 'Inventory control', 'Procurement', 'Supply chain', 'Logistics planning', 'Import and export', 'Customs',
  'Barista', 'Cash handling', 'Visual merchandising', 'Front of house', 'Fine dining', 'Pastry', 'Butchery',
  'Housekeeping', 'Event planning', 'Reception', 'Diary management', 'Minute taking', 'Data entry', 'Typing',
  'Call centre', 'Complaint handling', 'Telesales', 'Business development', 'Lead generation', 'Key accounts',
  'Contract law', 'Conveyancing', 'Employment law', 'Compliance', 'AML', 'KYC', 'Risk management', 'Audit',
  'IFRS', 'Management accounts', 'Credit control', 'Accounts payable', 'Accounts receivable', 'VAT returns',
  'Tax', 'Financial modelling', 'FP&A', 'Treasury', 'Actuarial', 'Underwriting', 'Claims handling', 'Mortgage advice',
  'Teaching', 'SEN support', 'Safeguarding', 'Curriculum design', 'Tutoring', 'Coaching', 'Mentoring', 'Training delivery',
  'Change management', 'Stakeholder management', 'Business analysis', 'Process improvement', 'Kanban', 'Jira',
  'Confluence', 'Product management', 'Roadmapping', 'Market research', 'Brand management', 'Social media',
  'Content strategy', 'Public relations', 'Translation', 'Spanish', 'French', 'German', 'Mandarin', 'Arabic',
  'Polish', 'Portuguese', 'Electrical testing', 'Fire safety', 'Security guarding', 'CCTV', 'Door supervision',
  'Cleaning', 'Grounds maintenance', 'Facilities management', 'Building surveying', 'Quantity surveying', 'Estimating',
  'Site management', 'Civil engineering', 'Structural engineering', 'Revit', 'BIM', 'SolidWorks', 'MATLAB',
  'Quality assurance', 'Test automation', 'Selenium', 'Cypress', 'Playwright', 'Penetration testing', 'SIEM',
  'Identity management', 'Active Directory', 'PowerShell', 'Bash', 'Ansible', 'Jenkins', 'GitHub Actions', 'GCP',
  'Firebase', 'iOS', 'Android', 'Kotlin', 'Swift', 'Flutter', 'Unity', 'Embedded C', 'FPGA', 'Robotics', 'Pharmacovigilance',
  'GMP', 'Clinical trials', 'Laboratory techniques', 'Microbiology', 'Radiography', 'Physiotherapy', 'Midwifery',
  'Mental health nursing', 'Paediatrics', 'Theatre nursing', 'ICU', 'Veterinary nursing', 'Dental nursing',
] as const;

/** Sentences a CV is made of; the generator fills {title}, {employer}, {skill} and {years} and strings 1–3 KB together. */
export const CV_SENTENCES = [
  'Experienced {title} with {years} years in fast-paced teams, most recently at {employer}.',
  'Led a team of {years} delivering {skill} improvements that cut costs and raised service levels.',
  'Hands-on with {skill} day to day; trained new starters and wrote the team handbook.',
  'At {employer} I owned {skill} end to end, from planning through to reporting to senior leadership.',
  'Reliable, punctual and safety-minded; happy to work shifts, weekends and overtime when the work needs it.',
  'Improved {skill} processes, reducing errors by a third within the first year as {title}.',
  'Built strong relationships with clients and suppliers, handling escalations calmly and fairly.',
  'Completed accredited training in {skill} and keep my certifications current.',
  'Managed budgets and schedules for projects at {employer}, reporting weekly to stakeholders.',
  'Comfortable with audits and inspections; kept records accurate and up to date for {years} years.',
  'Moved from {title} to team lead after two years, mentoring colleagues in {skill}.',
  'Known for clear communication, attention to detail and a practical approach to problem solving.',
] as const;
