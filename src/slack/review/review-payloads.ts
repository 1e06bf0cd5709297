/** Zod schemas for the review surfaces' payload fields: a button click's trigger, the modal's submission. */
import * as z from 'zod';
import { REVIEW_VIEW } from '../../render/slack-review-actions.ts';

const clickSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().min(1).optional(),
});

/** Who clicked, and the trigger a modal needs (only within 3 seconds of the click). */
export function readReviewClick(body: unknown): { userId: string; triggerId: string | undefined } | undefined {
  const parsed = clickSchema.safeParse(body);
  return parsed.success ? { userId: parsed.data.user.id, triggerId: parsed.data.trigger_id } : undefined;
}

const submissionSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    private_metadata: z.string().min(1).max(255),
    state: z.object({
      values: z.record(
        z.string(),
        z.record(
          z.string(),
          z.object({
            selected_option: z.object({ value: z.string().min(1).max(255) }).nullish(),
            selected_options: z.array(z.object({ value: z.string() })).nullish(),
          }),
        ),
      ),
    }),
  }),
});

export interface PassageSubmission {
  userId: string;
  questionId: string;
  /** Null when none was chosen. */
  passageId: string | null;
  reply: boolean;
}

/** The passage modal's submission; undefined when it is not one of ours. */
export function readPassageSubmission(body: unknown): PassageSubmission | undefined {
  const parsed = submissionSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { values } = parsed.data.view.state;
  const passage = values[REVIEW_VIEW.passageBlock]?.[REVIEW_VIEW.passageAction]?.selected_option?.value ?? null;
  const reply = (values[REVIEW_VIEW.replyBlock]?.[REVIEW_VIEW.replyAction]?.selected_options ?? []).some((option) => option.value === 'reply');
  return { userId: parsed.data.user.id, questionId: parsed.data.view.private_metadata, passageId: passage, reply };
}

const suggestionSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  value: z.string().max(2000).default(''),
  view: z.object({ private_metadata: z.string().min(1).max(255) }),
});

/** What a reviewer typed in the passage menu of the modal, for which question; undefined when it is not ours. */
export function readPassageSuggestion(body: unknown): { userId: string; questionId: string; query: string } | undefined {
  const parsed = suggestionSchema.safeParse(body);
  return parsed.success ? { userId: parsed.data.user.id, questionId: parsed.data.view.private_metadata, query: parsed.data.value } : undefined;
}
