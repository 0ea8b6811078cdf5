export * from './agencies';
export * from './audit';
export * from './mail';
export * from './settings';
export * from './users';
export * from './clients';
export * from './jobs';
export * from './activities';
