package dev.authgate.emulator.internal.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.authgate.emulator.internal.crypto.Secrets;
import dev.authgate.emulator.internal.state.AppClient;
import dev.authgate.emulator.internal.state.Group;
import dev.authgate.emulator.internal.state.RefreshSession;
import dev.authgate.emulator.internal.state.User;
import dev.authgate.emulator.internal.state.UserPool;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Issues Cognito-shaped ID and access tokens, and opens the refresh session they belong to. */
public final class TokenIssuer {
    private final SigningKey key;
    private final String issuerBase;

    /** @param issuerBase the emulator's own address, e.g. {@code http://127.0.0.1:9229} */
    public TokenIssuer(SigningKey key, String issuerBase) {
        this.key = Objects.requireNonNull(key, "key");
        this.issuerBase = Objects.requireNonNull(issuerBase, "issuerBase");
    }

    public String issuer(String poolId) {
        return issuerBase + "/" + poolId;
    }

    /** A fresh sign-in: a new refresh token, and access and ID tokens that share its origin. */
    public IssuedTokens signIn(UserPool pool, AppClient client, User user, Instant now) {
        String refreshToken = Secrets.randomToken(96);
        Instant refreshExpiry = now.plus(client.tokenValidity().refresh());
        RefreshSession session = new RefreshSession(
                UUID.randomUUID().toString(), client.clientId(), user.sub(), Secrets.sha256(refreshToken), now, refreshExpiry);
        pool.startSession(session, now);
        return tokens(pool, client, user, session, now, Optional.of(refreshToken));
    }

    /** New access and ID tokens from an existing session; the refresh token is not rotated. */
    public IssuedTokens refresh(UserPool pool, AppClient client, User user, RefreshSession session, Instant now) {
        return tokens(pool, client, user, session, now, Optional.empty());
    }

    private IssuedTokens tokens(UserPool pool, AppClient client, User user, RefreshSession session, Instant now, Optional<String> refreshToken) {
        Duration accessValidity = client.tokenValidity().access();
        String access = sign(accessClaims(pool, client, user, session, now, accessValidity));
        String id = sign(idClaims(pool, client, user, session, now, client.tokenValidity().id()));
        return new IssuedTokens(access, id, refreshToken, accessValidity.toSeconds());
    }

    private JWTClaimsSet.Builder common(UserPool pool, User user, RefreshSession session, Instant now, Duration validity, String use) {
        return new JWTClaimsSet.Builder()
                .subject(user.sub())
                .issuer(issuer(pool.id()))
                .claim("origin_jti", session.originJti())
                .claim("event_id", UUID.randomUUID().toString())
                .claim("token_use", use)
                .claim("auth_time", session.authTime().getEpochSecond())
                .expirationTime(Date.from(now.plus(validity)))
                .issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString());
    }

    private JWTClaimsSet accessClaims(UserPool pool, AppClient client, User user, RefreshSession session, Instant now, Duration validity) {
        JWTClaimsSet.Builder claims = common(pool, user, session, now, validity, "access")
                .claim("client_id", client.clientId())
                .claim("scope", "aws.cognito.signin.user.admin")
                .claim("username", user.username());
        groups(pool, user).ifPresent(groups -> claims.claim("cognito:groups", groups));
        return claims.build();
    }

    private JWTClaimsSet idClaims(UserPool pool, AppClient client, User user, RefreshSession session, Instant now, Duration validity) {
        JWTClaimsSet.Builder claims = common(pool, user, session, now, validity, "id")
                .audience(client.clientId())
                .claim("cognito:username", user.username());
        user.attributes().forEach((name, value) -> {
            if (!name.equals("sub") && client.canRead(name)) {
                // Cognito writes the verification flags as JSON booleans, everything else as strings.
                claims.claim(name, name.endsWith("_verified") ? (Object) Boolean.valueOf(value) : value);
            }
        });
        groups(pool, user).ifPresent(groups -> claims.claim("cognito:groups", groups));
        return claims.build();
    }

    /** The user's groups, lowest precedence first, or nothing when the user is in none. */
    private static Optional<List<String>> groups(UserPool pool, User user) {
        if (user.groups().isEmpty()) {
            return Optional.empty();
        }
        Comparator<Group> order = Comparator
                .comparing((Group group) -> group.precedence() == null ? Integer.MAX_VALUE : group.precedence())
                .thenComparing(Group::name);
        return Optional.of(user.groups().stream()
                .flatMap(name -> pool.findGroup(name).stream())
                .sorted(order)
                .map(Group::name)
                .toList());
    }

    private String sign(JWTClaimsSet claims) {
        // Like Cognito's headers: algorithm and key id, no "typ".
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return jwt.serialize();
    }
}
