package dev.authgate.emulator.internal;

import dev.authgate.emulator.internal.auth.ChallengeSessions;
import dev.authgate.emulator.internal.auth.InitiateAuth;
import dev.authgate.emulator.internal.auth.RespondToAuthChallenge;
import dev.authgate.emulator.internal.client.CreateUserPoolClient;
import dev.authgate.emulator.internal.client.DescribeUserPoolClient;
import dev.authgate.emulator.internal.client.ListUserPoolClients;
import dev.authgate.emulator.internal.code.CodeSender;
import dev.authgate.emulator.internal.crypto.PasswordHasher;
import dev.authgate.emulator.internal.group.AdminAddUserToGroup;
import dev.authgate.emulator.internal.group.AdminListGroupsForUser;
import dev.authgate.emulator.internal.group.AdminRemoveUserFromGroup;
import dev.authgate.emulator.internal.group.CreateGroup;
import dev.authgate.emulator.internal.group.ListGroups;
import dev.authgate.emulator.internal.mfa.AssociateSoftwareToken;
import dev.authgate.emulator.internal.mfa.SetUserMFAPreference;
import dev.authgate.emulator.internal.mfa.VerifySoftwareToken;
import dev.authgate.emulator.internal.password.ChangePassword;
import dev.authgate.emulator.internal.password.ConfirmForgotPassword;
import dev.authgate.emulator.internal.password.ForgotPassword;
import dev.authgate.emulator.internal.pool.CreateUserPool;
import dev.authgate.emulator.internal.pool.GetUserPoolMfaConfig;
import dev.authgate.emulator.internal.pool.SetUserPoolMfaConfig;
import dev.authgate.emulator.internal.pool.DeleteUserPool;
import dev.authgate.emulator.internal.pool.DescribeUserPool;
import dev.authgate.emulator.internal.pool.ListUserPools;
import dev.authgate.emulator.internal.protocol.Action;
import dev.authgate.emulator.internal.signout.AdminUserGlobalSignOut;
import dev.authgate.emulator.internal.signout.GlobalSignOut;
import dev.authgate.emulator.internal.signout.RevokeToken;
import dev.authgate.emulator.internal.signup.AdminConfirmSignUp;
import dev.authgate.emulator.internal.signup.ConfirmSignUp;
import dev.authgate.emulator.internal.signup.ResendConfirmationCode;
import dev.authgate.emulator.internal.signup.SignUp;
import dev.authgate.emulator.internal.token.AccessTokenVerifier;
import dev.authgate.emulator.internal.token.ByAccessToken;
import dev.authgate.emulator.internal.token.SignedInAction;
import dev.authgate.emulator.internal.token.TokenIssuer;
import dev.authgate.emulator.internal.trigger.AuthChallengeTriggers;
import dev.authgate.emulator.internal.trigger.PreSignUp;
import dev.authgate.emulator.internal.trigger.Triggers;
import dev.authgate.emulator.internal.user.AdminCreateUser;
import dev.authgate.emulator.internal.user.AdminDeleteUser;
import dev.authgate.emulator.internal.user.AdminDeleteUserAttributes;
import dev.authgate.emulator.internal.user.AdminGetUser;
import dev.authgate.emulator.internal.user.AdminUpdateUserAttributes;
import dev.authgate.emulator.internal.user.DeleteUser;
import dev.authgate.emulator.internal.user.GetUser;
import dev.authgate.emulator.internal.user.GetUserAttributeVerificationCode;
import dev.authgate.emulator.internal.user.UpdateUserAttributes;
import dev.authgate.emulator.internal.user.VerifyUserAttribute;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every supported action under its Cognito name: the one list to extend when an action is added,
 * and the one place where collaborators (such as the pools' triggers) are handed to actions.
 */
public final class ActionCatalog {
    private ActionCatalog() {
    }

    public static Map<String, Action> create(Clock clock, CodeSender codes, TokenIssuer issuer, AccessTokenVerifier tokens,
                                             Triggers triggers) {
        PasswordHasher hasher = new PasswordHasher();
        ChallengeSessions sessions = new ChallengeSessions();
        PreSignUp preSignUp = new PreSignUp(triggers);
        AuthChallengeTriggers challengeTriggers = new AuthChallengeTriggers(triggers);
        Function<SignedInAction, Action> signedIn = action -> new ByAccessToken(clock, tokens, action);
        Map<String, Action> actions = new LinkedHashMap<>();
        // pools and clients
        actions.put("CreateUserPool", new CreateUserPool(clock));
        actions.put("DescribeUserPool", new DescribeUserPool());
        actions.put("ListUserPools", new ListUserPools());
        actions.put("DeleteUserPool", new DeleteUserPool());
        actions.put("CreateUserPoolClient", new CreateUserPoolClient(clock));
        actions.put("DescribeUserPoolClient", new DescribeUserPoolClient());
        actions.put("ListUserPoolClients", new ListUserPoolClients());
        // sign-up
        actions.put("SignUp", new SignUp(clock, hasher, codes, preSignUp));
        actions.put("ConfirmSignUp", new ConfirmSignUp(clock));
        actions.put("ResendConfirmationCode", new ResendConfirmationCode(clock, codes));
        actions.put("AdminConfirmSignUp", new AdminConfirmSignUp(clock));
        // users
        actions.put("AdminCreateUser", new AdminCreateUser(clock, hasher, codes, preSignUp));
        actions.put("AdminGetUser", new AdminGetUser());
        actions.put("AdminDeleteUser", new AdminDeleteUser());
        actions.put("AdminUpdateUserAttributes", new AdminUpdateUserAttributes(clock));
        actions.put("AdminDeleteUserAttributes", new AdminDeleteUserAttributes(clock));
        actions.put("GetUser", signedIn.apply(new GetUser()));
        actions.put("DeleteUser", signedIn.apply(new DeleteUser()));
        actions.put("UpdateUserAttributes", signedIn.apply(new UpdateUserAttributes(codes)));
        actions.put("VerifyUserAttribute", signedIn.apply(new VerifyUserAttribute()));
        actions.put("GetUserAttributeVerificationCode", signedIn.apply(new GetUserAttributeVerificationCode(codes)));
        // groups
        actions.put("CreateGroup", new CreateGroup(clock));
        actions.put("ListGroups", new ListGroups());
        actions.put("AdminAddUserToGroup", new AdminAddUserToGroup(clock));
        actions.put("AdminRemoveUserFromGroup", new AdminRemoveUserFromGroup(clock));
        actions.put("AdminListGroupsForUser", new AdminListGroupsForUser());
        // sign-in
        actions.put("InitiateAuth", new InitiateAuth(clock, hasher, issuer, sessions, challengeTriggers, codes));
        actions.put("RespondToAuthChallenge", new RespondToAuthChallenge(clock, hasher, issuer, sessions, challengeTriggers, codes));
        // multi-factor authentication
        actions.put("SetUserPoolMfaConfig", new SetUserPoolMfaConfig());
        actions.put("GetUserPoolMfaConfig", new GetUserPoolMfaConfig());
        actions.put("AssociateSoftwareToken", new AssociateSoftwareToken(clock, tokens, sessions));
        actions.put("VerifySoftwareToken", new VerifySoftwareToken(clock, tokens, sessions));
        actions.put("SetUserMFAPreference", signedIn.apply(new SetUserMFAPreference()));
        // passwords
        actions.put("ForgotPassword", new ForgotPassword(clock, codes));
        actions.put("ConfirmForgotPassword", new ConfirmForgotPassword(clock, hasher));
        actions.put("ChangePassword", signedIn.apply(new ChangePassword(hasher)));
        // sign-out and revocation
        actions.put("GlobalSignOut", signedIn.apply(new GlobalSignOut()));
        actions.put("AdminUserGlobalSignOut", new AdminUserGlobalSignOut());
        actions.put("RevokeToken", new RevokeToken());
        return actions;
    }
}
