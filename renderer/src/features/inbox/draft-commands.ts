/**
 * What the inbox's keys can do in the open chat: the draft panel and the reply box register
 * their actions here while they are shown, and the inbox's hotkeys call them (no DOM clicking,
 * no key listeners of their own).
 */
import { createContext, useContext, useLayoutEffect } from 'react';

/** The open draft's actions. */
export type DraftCommands = {
  approve: () => void;
  edit: () => void;
  reject: () => void;
};

/** The open chat's reply box: move the cursor into it. */
export type ReplyCommands = { focus: () => void };

/** The open chat's status: resolve it. */
export type StatusCommands = { resolve: () => void };

/** Holds the open chat's commands; one per inbox screen (no provider outside the inbox). */
export class DraftCommandSlot {
  private draftCommands: DraftCommands | null = null;
  private replyCommands: ReplyCommands | null = null;
  private statusCommands: StatusCommands | null = null;

  get draft(): DraftCommands | null {
    return this.draftCommands;
  }

  get reply(): ReplyCommands | null {
    return this.replyCommands;
  }

  get status(): StatusCommands | null {
    return this.statusCommands;
  }

  /** Registers (or, with `leaving`, withdraws) the draft panel's commands. */
  setDraft(commands: DraftCommands, leaving = false): void {
    if (!leaving) this.draftCommands = commands;
    else if (this.draftCommands === commands) this.draftCommands = null;
  }

  /** Registers (or withdraws) the status actions' commands. */
  setStatus(commands: StatusCommands, leaving = false): void {
    if (!leaving) this.statusCommands = commands;
    else if (this.statusCommands === commands) this.statusCommands = null;
  }

  /** Registers (or withdraws) the reply box's commands. */
  setReply(commands: ReplyCommands, leaving = false): void {
    if (!leaving) this.replyCommands = commands;
    else if (this.replyCommands === commands) this.replyCommands = null;
  }
}

export const DraftCommandsContext = createContext<DraftCommandSlot | null>(null);

/** Registers `commands` in the inbox's slot while the calling panel is mounted. */
export function useRegisterDraftCommands(commands: DraftCommands): void {
  const slot = useContext(DraftCommandsContext);
  // Re-registered after every render so the slot calls the panel's current state (text, busy);
  // a layout effect, so a key pressed as soon as the draft is painted already finds it.
  useLayoutEffect(() => {
    slot?.setDraft(commands);
    return () => slot?.setDraft(commands, true);
  });
}

/** Registers the reply box's focus in the inbox's slot while it is mounted. */
export function useRegisterReplyCommands(commands: ReplyCommands): void {
  const slot = useContext(DraftCommandsContext);
  useLayoutEffect(() => {
    slot?.setReply(commands);
    return () => slot?.setReply(commands, true);
  });
}

/** Registers the open chat's status actions in the inbox's slot while they are shown. */
export function useRegisterStatusCommands(commands: StatusCommands): void {
  const slot = useContext(DraftCommandsContext);
  useLayoutEffect(() => {
    slot?.setStatus(commands);
    return () => slot?.setStatus(commands, true);
  });
}
