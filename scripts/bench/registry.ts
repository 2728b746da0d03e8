// Every page and action the benchmark measures. Each domain adds its own list here.
import { administrationActions, administrationPages } from "./administration";
import { communitiesActions, communitiesPages } from "./communities";
import { cpdActions, cpdPages } from "./cpd";
import { governanceActions, governancePages } from "./governance";
import { platformPages } from "./platform";
import { programmePages } from "./programme";
import { reviewsActions, reviewsPages } from "./reviews";
import { staffImportActions } from "./staff-import";
import type { BenchAction, BenchPage } from "./types";
import { appraisalPages } from "./appraisal";
import { coachingPages } from "./coaching";
import { growthPages } from "./growth";
import { mentoringPages } from "./mentoring";
import { pipelinePages } from "./pipeline";
import { voiceActions, voicePages } from "./voice";
import { retentionPages } from "./retention";

export const BENCH_PAGES: BenchPage[] = [
  ...platformPages,
  ...communitiesPages,
  ...cpdPages,
  ...reviewsPages,
  ...governancePages,
  ...administrationPages,
  ...mentoringPages,
  ...programmePages,
  ...coachingPages,
  ...pipelinePages,
  ...appraisalPages,
  ...growthPages,
  ...voicePages,
  ...retentionPages,
];
export const BENCH_ACTIONS: BenchAction[] = [...communitiesActions, ...cpdActions, ...reviewsActions, ...governanceActions, ...administrationActions, ...staffImportActions, ...voiceActions];
