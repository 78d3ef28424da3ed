/**
 * A play's name, action and reason in the user's language: a default play's from the catalogue
 * (play.<id>.*), an edited or custom play's own text.
 */
import type { Notice } from '../../core/notice/notice.ts';
import { DEFAULT_PLAY_IDS } from '../../core/playbook/plays.ts';
import type { Play } from '../../core/playbook/plays.ts';
import type { MessageKey } from '../i18n/en.ts';
import { noticeText, t } from '../i18n/i18n.svelte.ts';

const isDefault = (id: string) => (DEFAULT_PLAY_IDS as readonly string[]).includes(id);

export function playName(p: Play): string {
  return p.name ?? (isDefault(p.id) ? t(`play.${p.id}.name` as MessageKey) : p.id);
}

export function playAction(p: Play): string {
  return p.action ?? (isDefault(p.id) ? t(`play.${p.id}.action` as MessageKey) : '');
}

/** The reason, with the stage said in words that fit a sentence (lower case in English). */
export function reasonText(reason: Notice): string {
  return noticeText(reason, {
    stage: (v) => t(`play.stage.${v}` as MessageKey),
    gapWho: (v) => t(`play.gap.${v}` as MessageKey),
  });
}
