package dev.authgate.contract.cognito;

import java.util.Objects;

/**
 * Every call the API function makes to the user pool, and whether a call may be repeated. The SDK adapter makes
 * no other call (it refuses one that is not listed here) and repeats only those that are safe to repeat; the
 * provisioner grants the API function's role those of these actions that AWS authorizes with IAM. A new call is
 * one new constant here, and both follow.
 */
public enum CognitoCall {

    SIGN_UP("SignUp", Repeat.SENDS_MESSAGE),
    ASSIGN_ROLE_ATTRIBUTE("AdminUpdateUserAttributes", Repeat.CHANGES_STATE),
    ADD_TO_ROLE_GROUP("AdminAddUserToGroup", Repeat.CHANGES_STATE),
    DELETE_UNFINISHED_USER("AdminDeleteUser", Repeat.SAFE),
    CONFIRM_SIGN_UP("ConfirmSignUp", Repeat.CHANGES_STATE),
    RESEND_CONFIRMATION_CODE("ResendConfirmationCode", Repeat.SENDS_MESSAGE),
    /** A pool with SMS MFA texts a code when the password is right. */
    PASSWORD_SIGN_IN("InitiateAuth", Repeat.SENDS_MESSAGE),
    /** Runs CreateAuthChallenge, which texts a code and uses a slot of the user's SMS quota. */
    CODE_SIGN_IN("InitiateAuth", Repeat.SENDS_MESSAGE),
    /** Uses up the session; a wrong code or an MFA step can make Cognito text a new code. */
    ANSWER_CHALLENGE("RespondToAuthChallenge", Repeat.SENDS_MESSAGE),
    REFRESH("InitiateAuth", Repeat.SAFE),
    GLOBAL_SIGN_OUT("GlobalSignOut", Repeat.SAFE),
    REVOKE_TOKEN("RevokeToken", Repeat.SAFE),
    FORGOT_PASSWORD("ForgotPassword", Repeat.SENDS_MESSAGE),
    CONFIRM_FORGOT_PASSWORD("ConfirmForgotPassword", Repeat.CHANGES_STATE),
    CHANGE_PASSWORD("ChangePassword", Repeat.CHANGES_STATE),
    GET_USER("GetUser", Repeat.SAFE),
    DELETE_USER("DeleteUser", Repeat.CHANGES_STATE),
    /** A new email or phone number gets a code. */
    UPDATE_ATTRIBUTES("UpdateUserAttributes", Repeat.SENDS_MESSAGE),
    VERIFY_ATTRIBUTE("VerifyUserAttribute", Repeat.CHANGES_STATE),
    RESEND_ATTRIBUTE_CODE("GetUserAttributeVerificationCode", Repeat.SENDS_MESSAGE),
    /** A repeat makes a new secret, and the one the lost answer carried stops working; with a session, uses it up. */
    ASSOCIATE_SOFTWARE_TOKEN("AssociateSoftwareToken", Repeat.CHANGES_STATE),
    /** With a session, uses it up. */
    VERIFY_SOFTWARE_TOKEN("VerifySoftwareToken", Repeat.CHANGES_STATE),
    SET_MFA_PREFERENCE("SetUserMFAPreference", Repeat.SAFE);

    /** Whether a call may be made again when its answer was lost or Cognito asked to slow down. */
    public enum Repeat {
        /** Repeating it has the effect of making it once. */
        SAFE,
        /** A repeat could apply a change twice, or fail for a change the lost answer had made. */
        CHANGES_STATE,
        /** A repeat would send the user a second SMS or email and use up sending quota. */
        SENDS_MESSAGE
    }

    private final String action;
    private final Repeat repeat;

    CognitoCall(String action, Repeat repeat) {
        this.action = Objects.requireNonNull(action, "action");
        this.repeat = Objects.requireNonNull(repeat, "repeat");
    }

    /** The Cognito API action, as the API Reference and IAM name it ({@code SignUp}, {@code AdminAddUserToGroup}). */
    public String action() {
        return action;
    }

    /** Whether the adapter lets the SDK retry it on throttling, 5xx and connection failures. */
    public boolean retried() {
        return repeat == Repeat.SAFE;
    }
}
