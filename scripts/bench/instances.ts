// Issue 22, "several instances": `npm run bench -- --instances 2` runs a second app on the same database
// (its worker off, as the README's set-up has it) and sends every page's requests to the two in turn,
// with no stickiness, printing each instance's figures. Before the pages, people sign in through the
// sign-in form on the first instance and open their home on the second: a session is a row in Postgres,
// not an instance's memory. (Rate limits and flash messages across instances: tests/e2e/instances.spec.ts.)

/** The hidden fields of the page's first form (a server action's id and bound values), by name. */
function hiddenFields(html: string): [string, string][] {
  const form = html.slice(html.indexOf("<form"), html.indexOf("</form>"));
  return [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((m) => {
    const name = /name="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? "";
    return [name.replaceAll("&amp;", "&"), value.replaceAll("&amp;", "&").replaceAll("&quot;", '"')];
  });
}

/** Signs in through the sign-in form at `base`, as a browser without JavaScript posts it; returns the session cookie. */
export async function formSignIn(base: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${base}/signin`);
  const form = new FormData();
  for (const [name, value] of hiddenFields(await page.text())) form.append(name, value);
  form.set("email", email);
  form.set("password", password);
  const res = await fetch(`${base}/signin`, { method: "POST", body: form, redirect: "manual" });
  await res.arrayBuffer();
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Signing in as ${email} at ${base} gave no session (status ${res.status}).`);
  return session.split(";")[0]!;
}

const percentile = (times: number[], p: number) => [...times].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * times.length) - 1)] ?? NaN;

/** `people` sign in on the first instance and open their home on the second; returns the printed lines. */
export async function signInAcross(bases: string[], people: string[], password: string): Promise<string[]> {
  const signIns: number[] = [];
  const homes: number[] = [];
  for (const email of people) {
    let t = performance.now();
    const cookie = await formSignIn(bases[0]!, email, password);
    signIns.push(performance.now() - t);
    t = performance.now();
    const home = await fetch(`${bases[1]}/`, { headers: { cookie }, redirect: "manual" });
    await home.arrayBuffer();
    homes.push(performance.now() - t);
    if (home.status !== 200) throw new Error(`${email}, signed in on the first instance, got ${home.status} from the second.`);
  }
  const ms = (n: number) => n.toFixed(1);
  return [
    `Signed in ${people.length} times through the form on instance 1 (p50 ${ms(percentile(signIns, 50))}, p95 ${ms(percentile(signIns, 95))} ms, password hashing included),`,
    `then opened the home page on instance 2 with that cookie: all 200 (p50 ${ms(percentile(homes, 50))}, p95 ${ms(percentile(homes, 95))} ms).`,
  ];
}
