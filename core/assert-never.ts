/** Ends an exhaustive `switch`: the compiler refuses a call here while any case is unhandled. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
