export { createTwilioRoute, signedUrl, TWILIO_WEBHOOK_PATH, type TwilioRouteDeps } from './twilio.route';
export { createTwilioSender, type SmsSender, type TwilioSenderOptions } from './twilio.sender';
export { smsConversationId } from './sms.conversation';
