"use server";
// The clusters page's and a school's administration page's server actions.
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { archiveCluster, createCluster, moveSchool, renameCluster, setCapacity } from "./commands";

export async function createClusterAction(_: FormState, form: FormData) {
  return submit(createCluster, form);
}
export async function renameClusterAction(_: FormState, form: FormData) {
  return submit(renameCluster, form);
}
export async function archiveClusterAction(_: FormState, form: FormData) {
  return submit(archiveCluster, form);
}
export async function moveSchoolAction(_: FormState, form: FormData) {
  return submit(moveSchool, form);
}
export async function setCapacityAction(_: FormState, form: FormData) {
  return submit(setCapacity, form);
}
