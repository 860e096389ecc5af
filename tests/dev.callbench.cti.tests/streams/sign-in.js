'use strict';
// Signs the agent in to the local contact center as its sign-in page does (POST /auth/signin), giving what
// the CCP hands to connect.core.initSharedWorker: the access token, when it expires, the refresh token.
async function signIn(origin, username, password) {
  const response = await fetch(origin + '/auth/signin', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) {
    throw new Error('sign-in refused with HTTP ' + response.status);
  }
  const answer = await response.json();
  return { token: answer.accessToken, expiration: answer.expiration, refreshToken: answer.refreshToken };
}

module.exports = { signIn };
