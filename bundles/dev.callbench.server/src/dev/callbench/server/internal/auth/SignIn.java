package dev.callbench.server.internal.auth;

/** What a successful sign-in gives: a short-lived access token and a longer-lived refresh token. */
public record SignIn(String login, IssuedToken access, IssuedToken refresh) {
}
