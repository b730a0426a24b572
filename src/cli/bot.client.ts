/**
 * A tiny Bot Framework client for local tools (console chat, benchmark, HTTP tests): posts an
 * activity with deliveryMode "expectReplies" and returns the replies from the response body.
 */
export interface ReplyActivity {
  type: string;
  name?: string;
  text?: string;
  importance?: string;
  value?: unknown;
  attachments?: { contentType: string; name?: string; content: unknown }[];
  suggestedActions?: { actions: { title: string; value: unknown }[] };
}

export interface BotClientOptions {
  /** Base URL of the bot, e.g. http://127.0.0.1:3978 */
  baseUrl: string;
  conversationId: string;
  channelId?: string;
  locale?: string;
}

export interface BotClient {
  send(activity: Record<string, unknown>): Promise<ReplyActivity[]>;
  /** The raw response, for tests that check status codes. */
  post(activity: Record<string, unknown>): Promise<Response>;
}

export function botClient(options: BotClientOptions): BotClient {
  let counter = 0;
  const post = (activity: Record<string, unknown>) =>
    fetch(`${options.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: options.channelId ?? 'webchat',
        // Never contacted: with expectReplies the replies come back in the response.
        serviceUrl: 'http://127.0.0.1:9/',
        conversation: { id: options.conversationId },
        from: { id: 'person' },
        recipient: { id: 'triage-bot' },
        id: `activity-${++counter}`,
        deliveryMode: 'expectReplies',
        locale: options.locale ?? 'en-GB',
        ...activity,
      }),
    });
  return {
    post,
    async send(activity) {
      const response = await post(activity);
      if (!response.ok) throw new Error(`the bot answered HTTP ${response.status}`);
      const body = (await response.json()) as { activities?: ReplyActivity[] };
      return body.activities ?? [];
    },
  };
}
