declare const brand: unique symbol;
/** A nominal type: a `string` or `number` that only a validator can produce. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };
