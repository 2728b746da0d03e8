// Every page and action the benchmark measures. Each domain adds its own list here.
import { platformPages } from "./platform";
import type { BenchAction, BenchPage } from "./types";

export const BENCH_PAGES: BenchPage[] = [...platformPages];
export const BENCH_ACTIONS: BenchAction[] = [];
