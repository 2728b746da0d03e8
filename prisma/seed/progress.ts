// Seed progress on stderr: a redrawn bar on a terminal, one line per stage in logs and CI.
import type { InsertProgress } from "./insert";

const WIDTH = 28;

export type Progress = { stage(label: string): void; rows(p: InsertProgress): void; end(): void };

export function createProgress(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (quiet) return { stage() {}, rows() {}, end() {} };
  const tty = Boolean(stream.isTTY);
  let barShown = false;
  let lastTable = "";
  const clearBar = () => {
    if (barShown) stream.write("\n");
    barShown = false;
  };
  return {
    stage(label) {
      clearBar();
      stream.write(`${label}\n`);
    },
    rows({ table, done, total }) {
      if (!tty) {
        if (table !== lastTable) stream.write(`  inserting ${table}\n`);
        lastTable = table;
        return;
      }
      const share = total ? done / total : 1;
      const filled = Math.round(share * WIDTH);
      const bar = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}]`;
      const label = `${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} rows  ${table}`;
      stream.write(`\r${label.padEnd(90)}`);
      barShown = true;
    },
    end: clearBar,
  };
}
