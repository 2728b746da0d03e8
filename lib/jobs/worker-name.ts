export const WORKER_NAME = "worker";
