/**
 * A local stand-in for Microsoft's token signing keys: an OpenID metadata document and a JWKS on
 * loopback, and RS256 tokens signed with its key (or with an attacker's key, for forgeries).
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const KEY_ID = 'test-signing-key';
/** The Bot Connector's issuer (channel tokens). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';
/** An Azure AD v1 issuer the SDK accepts for bot-to-bot (skill) tokens. */
export const AAD_ISSUER = 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/';

export interface KeyServer {
  metadataUrl: string;
  /** A token signed with the published key (or, with `key`, a key nobody published). */
  sign(claims: Record<string, unknown>, options?: { kid?: string; key?: KeyObject }): string;
  close(): Promise<void>;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function newSigningKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}

export function signToken(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64url({ alg: 'RS256', typ: 'JWT', kid })}.${b64url({ nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims })}`;
  const signature = createSign('RSA-SHA256').update(head).sign(key).toString('base64url');
  return `${head}.${signature}`;
}

export async function startKeyServer(): Promise<KeyServer> {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` }));
    else if (req.url === '/keys') res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: KEY_ID, n: jwk.n, e: jwk.e }] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    metadataUrl: `http://127.0.0.1:${port}/openid`,
    sign: (claims, options = {}) => signToken(claims, options.key ?? privateKey, options.kid ?? KEY_ID),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
