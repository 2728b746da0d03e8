"use server";
// The communities' server actions: each runs its command (lib/commands/submit.ts), which knows the
// pages to refresh; creating a community goes on to its page.
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import * as communities from "./commands";
import * as library from "./library/commands";
import * as meetings from "./meetings/commands";
import { routes } from "@/lib/routes";

type State = FormState;

export async function createCommunityAction(_: State, form: FormData) {
  return submit(communities.createCommunity, form, { redirect: (data) => routes.community(data.id) });
}
export async function updateCommunityAction(_: State, form: FormData) {
  return submit(communities.updateCommunity, form);
}
export async function archiveCommunityAction(_: State, form: FormData) {
  return submit(communities.setCommunityArchived, form);
}
export async function appointLeaderAction(_: State, form: FormData) {
  return submit(communities.appointLeader, form);
}
export async function removeLeaderAction(_: State, form: FormData) {
  return submit(communities.removeLeader, form);
}
export async function joinCommunityAction(_: State, form: FormData) {
  return submit(communities.joinCommunity, form);
}
export async function leaveCommunityAction(_: State, form: FormData) {
  return submit(communities.leaveCommunity, form);
}
export async function addMemberAction(_: State, form: FormData) {
  return submit(communities.addMember, form);
}
export async function removeMemberAction(_: State, form: FormData) {
  return submit(communities.removeMember, form);
}
export async function inviteMemberAction(_: State, form: FormData) {
  return submit(communities.inviteMember, form);
}
export async function scheduleMeetingAction(_: State, form: FormData) {
  return submit(meetings.scheduleMeeting, form);
}
export async function cancelMeetingAction(_: State, form: FormData) {
  return submit(meetings.cancelMeeting, form);
}
export async function saveMinutesAction(_: State, form: FormData) {
  return submit(meetings.saveMinutes, form);
}
export async function saveRegisterAction(_: State, form: FormData) {
  return submit(meetings.saveRegister, form);
}
export async function addResourceAction(_: State, form: FormData) {
  return submit(library.addResource, form);
}
export async function deleteResourceAction(_: State, form: FormData) {
  return submit(library.deleteResource, form);
}
export async function saveExpertiseAction(_: State, form: FormData) {
  return submit(library.saveExpertise, form);
}
export async function deleteExpertiseAction(_: State, form: FormData) {
  return submit(library.deleteExpertise, form);
}
