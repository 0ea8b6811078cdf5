/** Field and request limits shared by server validation and web forms. */
export const LIMITS = {
  nameLength: 200,
  emailLength: 254,
  passwordMin: 10,
  passwordMax: 200,
  pageSizeDefault: 50,
  pageSizeMax: 200,
  bodyBytes: 1_048_576,
  textLength: 20_000,
} as const;
