package dev.authgate.contract.sms;

/**
 * An item of the SMS quota table, named once for the two that must agree on it: the stack, which declares the
 * table's key and time to live, and the Passwordless sign-in trigger, which writes the items.
 */
public final class SmsQuotaItem {

    /** The table's key: a phone number and its window. */
    public static final String KEY = "id";
    /** When the item's window is over, in epoch seconds: the table's time to live. */
    public static final String EXPIRES = "expiresAt";

    private SmsQuotaItem() {
    }
}
