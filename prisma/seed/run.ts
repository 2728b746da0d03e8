export async function runSeed(_url: string, _o: { scale: number; onlyIfEmpty: boolean }) {}
