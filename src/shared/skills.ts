/** Common skill names the agency works with: the seed draws from them and CV suggestions look for them in the text. */
export const SKILL_VOCABULARY = [
  'Forklift licence', 'Health and safety', 'TypeScript', 'React', 'PostgreSQL', 'Patient care', 'CSCS card',
  'Sage', 'Excel', 'Customer service', 'AutoCAD', 'Food hygiene', 'SQL', 'Agile', 'PRINCE2', '18th Edition wiring',
  'Payroll', 'ISO 9001', 'Retail operations', 'Stock control',
] as const;
