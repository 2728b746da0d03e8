"use server";
// Thin server actions: the signed-in viewer runs the command, then the pages that show it refresh.
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/server/action";
import { perform } from "@/lib/server/perform";
import * as library from "./library/mutations";
import * as meetings from "./meetings/mutations";
import * as communities from "./mutations";

const field = (form: FormData, name: string) => String(form.get(name) ?? "");
const community = (form: FormData) => [`/communities/${field(form, "communityId")}`, "/communities", "/"];
const meeting = (form: FormData) => {
  const base = `/communities/${field(form, "communityId")}`;
  return [`${base}/meetings/${field(form, "meetingId")}`, base, "/", "/development"];
};

export async function createCommunityAction(_prev: ActionState, form: FormData) {
  const result = await perform(communities.createCommunity, form, ["/communities"]);
  if (result.ok) redirect(`/communities/${result.data.id}`);
  return result;
}
export async function updateCommunityAction(_prev: ActionState, form: FormData) {
  return perform(communities.updateCommunity, form, community(form));
}
export async function archiveCommunityAction(_prev: ActionState, form: FormData) {
  return perform(communities.setCommunityArchived, form, community(form));
}
export async function appointLeaderAction(_prev: ActionState, form: FormData) {
  return perform(communities.appointLeader, form, [...community(form), `/communities/${field(form, "communityId")}/edit`]);
}
export async function removeLeaderAction(_prev: ActionState, form: FormData) {
  return perform(communities.removeLeader, form, [...community(form), `/communities/${field(form, "communityId")}/edit`]);
}
export async function joinCommunityAction(_prev: ActionState, form: FormData) {
  return perform(communities.joinCommunity, form, community(form));
}
export async function leaveCommunityAction(_prev: ActionState, form: FormData) {
  return perform(communities.leaveCommunity, form, community(form));
}
export async function addMemberAction(_prev: ActionState, form: FormData) {
  return perform(communities.addMember, form, [...community(form), `/communities/${field(form, "communityId")}/manage`]);
}
export async function removeMemberAction(_prev: ActionState, form: FormData) {
  return perform(communities.removeMember, form, [...community(form), `/communities/${field(form, "communityId")}/manage`]);
}
export async function inviteMemberAction(_prev: ActionState, form: FormData) {
  return perform(communities.inviteMember, form, [`/communities/${field(form, "communityId")}/manage`]);
}
export async function scheduleMeetingAction(_prev: ActionState, form: FormData) {
  return perform(meetings.scheduleMeeting, form, community(form));
}
export async function cancelMeetingAction(_prev: ActionState, form: FormData) {
  return perform(meetings.cancelMeeting, form, meeting(form));
}
export async function saveMinutesAction(_prev: ActionState, form: FormData) {
  return perform(meetings.saveMinutes, form, meeting(form));
}
export async function saveRegisterAction(_prev: ActionState, form: FormData) {
  return perform(meetings.saveRegister, form, meeting(form));
}
export async function addResourceAction(_prev: ActionState, form: FormData) {
  return perform(library.addResource, form, [...community(form), "/resources"]);
}
export async function deleteResourceAction(_prev: ActionState, form: FormData) {
  return perform(library.deleteResource, form, [...community(form), "/resources"]);
}
export async function saveExpertiseAction(_prev: ActionState, form: FormData) {
  return perform(library.saveExpertise, form, ["/expertise", "/expertise/mine"]);
}
export async function deleteExpertiseAction(_prev: ActionState, form: FormData) {
  return perform(library.deleteExpertise, form, ["/expertise", "/expertise/mine"]);
}
