package dev.authgate.testsupport;

/** A user a test signed up, with the password it chose. */
public record TestUser(String username, String password) {

    public static final String PASSWORD = "Corr3ct-Horse!";

    public String credentials() {
        return Json.json("username", username, "password", password);
    }
}
