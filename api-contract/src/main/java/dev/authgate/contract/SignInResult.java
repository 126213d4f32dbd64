package dev.authgate.contract;

/** What a sign-in or a challenge answer gives: tokens, or the next challenge. */
public sealed interface SignInResult permits TokenResponse, ChallengeResponse {
}
