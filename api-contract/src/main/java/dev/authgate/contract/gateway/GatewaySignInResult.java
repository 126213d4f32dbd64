package dev.authgate.contract.gateway;

/** What cognito-gateway's sign-in answers: its tokens with the time they were issued, or the challenge to answer next. */
public sealed interface GatewaySignInResult permits GatewayTokens, GatewayChallenge {
}
