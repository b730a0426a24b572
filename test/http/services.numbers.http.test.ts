/**
 * The app's services configuration reaches every place that words a message - the bot's replies
 * over HTTP and the chat page - as data handed to them when the app is built, with no setting left
 * behind for the next app in the same process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultServices, type ServicesConfig } from '../../src/services';
import { activity, postJson, startApp, type RunningApp } from '../support/http';

const CHARITY_NUMBER = '0800 000 0000';
const BUNDLED = defaultServices().services.nationalStalkingHelpline.phone;

function charityServices(): ServicesConfig {
  const own = defaultServices();
  return { ...own, services: { ...own.services, nationalStalkingHelpline: { ...own.services.nationalStalkingHelpline, phone: CHARITY_NUMBER } } };
}

async function repliesTo(app: RunningApp, text: string, conversation: string): Promise<string> {
  await postJson(app.url, activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'person' }], conversation: { id: conversation } }));
  const response = await postJson(app.url, activity({ text, conversation: { id: conversation } }));
  const body = (await response.json()) as { activities: { text?: string }[] };
  return body.activities.map((a) => a.text ?? '').join('\n');
}

describe('services numbers, per app', () => {
  let charity: RunningApp;
  let bundled: RunningApp;
  beforeAll(async () => {
    charity = await startApp({}, { services: charityServices() });
    bundled = await startApp();
  });
  afterAll(async () => {
    await charity.close();
    await bundled.close();
  });

  it('each app says its own helpline number in replies and on the chat page', async () => {
    const said = await repliesTo(charity, 'language', 'charity-1');
    expect(said).toContain(CHARITY_NUMBER);
    expect(said).not.toContain(BUNDLED);
    expect(await repliesTo(bundled, 'language', 'bundled-1')).toContain(BUNDLED);

    const page = await (await fetch(`${charity.url}/chat`)).text();
    expect(page).toContain(CHARITY_NUMBER);
    expect(page).not.toContain(BUNDLED);
    expect(await (await fetch(`${bundled.url}/chat`)).text()).toContain(BUNDLED);
  });
});
