// The benchmark calls the app's server-side queries directly, outside Next: `server-only` (a guard
// that keeps them out of the browser bundle) resolves to an empty module here.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
      return next(specifier, context);
    }`),
);
