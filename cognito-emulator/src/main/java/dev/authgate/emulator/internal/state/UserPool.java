package dev.authgate.emulator.internal.state;

import static dev.authgate.emulator.internal.error.CognitoError.RESOURCE_NOT_FOUND;
import static dev.authgate.emulator.internal.error.CognitoError.USER_NOT_FOUND;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A user pool with everything that belongs to it: clients, groups, users and sign-in sessions. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class UserPool {
    private String id;
    private String name;
    private Instant created;
    private PoolSettings settings;
    private PoolMfa mfa;
    private Map<String, AppClient> clients = new LinkedHashMap<>();
    private Map<String, Group> groups = new LinkedHashMap<>();
    private Map<String, User> users = new LinkedHashMap<>();
    private Map<String, RefreshSession> sessions = new LinkedHashMap<>();

    private UserPool() {
        // for Jackson
    }

    public UserPool(String id, String name, PoolSettings settings, Instant now) {
        this.id = id;
        this.name = name;
        this.settings = settings;
        this.created = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant created() {
        return created;
    }

    public PoolSettings settings() {
        return settings;
    }

    /** The pool's multi-factor settings; state files from before MFA have none, which is off. */
    public PoolMfa mfa() {
        return mfa == null ? PoolMfa.OFF : mfa;
    }

    public void setMfa(PoolMfa newMfa) {
        mfa = newMfa;
    }

    public String arn() {
        return "arn:aws:cognito-idp:us-east-1:000000000000:userpool/" + id;
    }

    // --- clients

    public Optional<AppClient> findClient(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    public void addClient(AppClient client) {
        clients.put(client.clientId(), client);
    }

    public Collection<AppClient> clients() {
        return Collections.unmodifiableCollection(clients.values());
    }

    // --- groups

    public Optional<Group> findGroup(String groupName) {
        return Optional.ofNullable(groups.get(groupName));
    }

    public Group group(String groupName) {
        return findGroup(groupName).orElseThrow(() -> RESOURCE_NOT_FOUND.exception("Group not found."));
    }

    public Collection<Group> groups() {
        return Collections.unmodifiableCollection(groups.values());
    }

    public void addGroup(Group group) {
        groups.put(group.name(), group);
    }

    // --- users

    /**
     * Finds a user by username or, in pools where users sign in with an email or phone number, by
     * that attribute: Cognito accepts either wherever an action takes a {@code Username}.
     */
    public Optional<User> findUser(String usernameOrAlias) {
        User byUsername = users.get(usernameKey(usernameOrAlias));
        if (byUsername != null) {
            return Optional.of(byUsername);
        }
        for (String attribute : settings.usernameAttributes()) {
            Optional<User> byAlias = findByContact(attribute, usernameOrAlias);
            if (byAlias.isPresent()) {
                return byAlias;
            }
        }
        return Optional.empty();
    }

    public User user(String usernameOrAlias) {
        return findUser(usernameOrAlias).orElseThrow(() -> USER_NOT_FOUND.exception("User does not exist."));
    }

    public Optional<User> findBySub(String sub) {
        return users.values().stream().filter(user -> user.sub().equals(sub)).findFirst();
    }

    /** The user whose email or phone number is the given one; a case-insensitive pool ignores the email's case. */
    public Optional<User> findByContact(String attribute, String value) {
        return users.values().stream()
                .filter(user -> user.attribute(attribute).filter(own -> sameContact(own, value)).isPresent())
                .findFirst();
    }

    public boolean hasUsername(String username) {
        return users.containsKey(usernameKey(username));
    }

    public void addUser(User user) {
        users.put(usernameKey(user.username()), user);
    }

    public void removeUser(User user) {
        users.remove(usernameKey(user.username()));
        sessions.values().removeIf(session -> session.sub().equals(user.sub()));
    }

    public int userCount() {
        return users.size();
    }

    // --- sessions

    /** Records a new sign-in, dropping sessions whose refresh token can no longer be used anyway. */
    public void startSession(RefreshSession session, Instant now) {
        // Kept a day past refresh expiry: an access token (at most a day long) may outlive its refresh token.
        sessions.values().removeIf(existing -> existing.isExpired(now.minus(Duration.ofDays(1))));
        sessions.put(session.originJti(), session);
    }

    public Optional<RefreshSession> findSession(String originJti) {
        return Optional.ofNullable(sessions.get(originJti));
    }

    public Optional<RefreshSession> findSessionByRefreshHash(String refreshTokenHash) {
        return sessions.values().stream().filter(session -> session.refreshTokenHash().equals(refreshTokenHash)).findFirst();
    }

    public List<RefreshSession> sessionsOf(User user) {
        return sessions.values().stream().filter(session -> session.sub().equals(user.sub())).toList();
    }

    private String usernameKey(String username) {
        return settings.caseSensitive() ? username : username.toLowerCase(Locale.ROOT);
    }

    private boolean sameContact(String a, String b) {
        return settings.caseSensitive() ? a.equals(b) : a.equalsIgnoreCase(b);
    }
}
