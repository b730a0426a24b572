/**
 * Where replies may go. In local mode nothing is authenticated, so a request could name any
 * serviceUrl and make the bot POST to it (server-side request forgery): only loopback service URLs
 * are accepted, and with deliveryMode "expectReplies" (replies in the response) none is needed.
 * With credentials, the channel's signed token vouches for the serviceUrl.
 */
import { isLoopbackUrl } from '../loopback';

export function replyTargetProblem(activity: { serviceUrl?: string | null; deliveryMode?: string | null }, localMode: boolean): string | undefined {
  if (!localMode) return undefined;
  const serviceUrl = activity.serviceUrl;
  if (serviceUrl === undefined || serviceUrl === null || serviceUrl === '') {
    return activity.deliveryMode === 'expectReplies'
      ? undefined
      : 'Local mode needs a loopback serviceUrl, or deliveryMode "expectReplies".';
  }
  return isLoopbackUrl(serviceUrl) ? undefined : 'Local mode only replies to loopback service URLs (http://127.0.0.1, http://localhost).';
}
