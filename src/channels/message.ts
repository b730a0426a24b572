/**
 * A rendered reply, independent of botbuilder: src/adapter turns it into an Activity.
 */
import type { QuestionId } from '../../dialogs/questions';

/** What a button sends back: the question it answers and the choice id. */
export interface ChoiceValue {
  q: QuestionId;
  c: string;
}

/** What the always-offered "I'm in danger" button sends back. */
export interface CommandValue {
  cmd: 'danger';
}

export interface ChoiceButton {
  title: string;
  value: ChoiceValue | CommandValue;
}

export interface RenderedMessage {
  text: string;
  /** Only emergency guidance is 'high' (DESIGN.md contract). */
  importance?: 'high';
  /** Choices offered as buttons (suggested actions on Web Chat). */
  buttons?: ChoiceButton[];
  /** An Adaptive Card (1.5) for multi-select questions and the summary. */
  card?: Record<string, unknown>;
  /** Explanations a short channel may hold back for later ("Reply MORE") before other messages. */
  deferrable?: true;
  /** The question this message asks (sent as `channelData.question`, a marker tests and analytics read). */
  question?: QuestionId;
}

/** The kinds of rendering we support; every channel id maps to one. */
export type ChannelKind = 'webchat' | 'msteams' | 'sms' | 'plain';
