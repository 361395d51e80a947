/** The whitelist of quality enterprises: seed data, name matching and the stored shape. */
export * from './whitelist'
export * from './normalize'
export * from './schema'
