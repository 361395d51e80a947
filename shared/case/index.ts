/** The case state machine: tracks, states, events, the transition table and the pure transition. */
export * from './status'
export * from './events'
export * from './state'
export * from './transitions'
export * from './guards'
export * from './transition'
