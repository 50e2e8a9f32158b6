export * from './domain-types';
export * from './queue-types';
export * from './channels';
export * from './macro-types';
export * from './crisis-types';
export * from './action-ids';
export * from './kinds';
export * from './chain-types';
