/**
 * Bot Framework authentication that keeps its outbound clients. The SDK builds a new ConnectorClient
 * and a new UserTokenClient, each with its own HTTP pipeline, for every incoming activity (about
 * 1.5 s of CPU in the 2,048 turns of `npm run bench:http`, ~0.7 ms a turn). Both are
 * stateless apart from their credentials, which cache and renew their own tokens, so one of each is
 * kept per bot app id (and, for connectors, per audience and service URL) and reused. The number
 * kept is bounded: service URLs are few in Azure (one per channel region), and a local-mode caller
 * can only name loopback ones.
 */
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';

const MAX_KEPT = 64;

/** Promises by key, oldest out first past `max`; a rejected one is forgotten (the next call retries). */
class KeptPromises<T> {
  private readonly kept = new Map<string, Promise<T>>();

  constructor(private readonly max: number) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const found = this.kept.get(key);
    if (found) return found;
    const made = make();
    this.kept.set(key, made);
    if (this.kept.size > this.max) this.kept.delete(this.kept.keys().next().value!);
    made.catch(() => {
      if (this.kept.get(key) === made) this.kept.delete(key);
    });
    return made;
  }
}

/** The bot's app id as the SDK's own factories read it (audience claim, else the appid claim). */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

class KeptConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly kept: KeptPromises<ConnectorClient>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.kept.get(JSON.stringify([this.appId, audience ?? null, serviceUrl]), () => this.inner.create(serviceUrl, audience));
  }
}

export class KeptClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new KeptPromises<ConnectorClient>(MAX_KEPT);
  private readonly userTokenClients = new KeptPromises<UserTokenClient>(MAX_KEPT);

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: new KeptConnectorFactory(result.connectorFactory, appIdOf(result.claimsIdentity), this.connectors) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new KeptConnectorFactory(super.createConnectorFactory(claimsIdentity), appIdOf(claimsIdentity), this.connectors);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}
