/**
 * The options page's requests to the background script (utils/messaging/protocol.ts). The
 * reply is validated by sendToBackground, so a missing or malformed reply reads as a failure in
 * plain words, never as half a preview.
 */
import { sendToBackground } from '../../utils/messaging/send';
import type { MeetingsPreviewReply, MeetingsRefreshReply } from '../../utils/messaging/protocol';

export type { MeetingsPreview } from '../../utils/messaging/protocol';

export const requestMeetingsPreview = (site: string): Promise<MeetingsPreviewReply> => sendToBackground({ type: 'meetings:preview', site });

export const requestMeetingsRefresh = (): Promise<MeetingsRefreshReply> => sendToBackground({ type: 'meetings:refresh' });

export const requestFeedPreview = (feed: string): Promise<MeetingsPreviewReply> => sendToBackground({ type: 'feed:preview', feed });

export const requestFeedRefresh = (): Promise<MeetingsRefreshReply> => sendToBackground({ type: 'feed:refresh' });
