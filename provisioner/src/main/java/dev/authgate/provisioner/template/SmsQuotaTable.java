package dev.authgate.provisioner.template;

import java.util.List;

/**
 * The DynamoDB table that counts the sign-in codes sent per number and window (Passwordless mode): the trigger adds
 * one to an item with a conditional update, which DynamoDB applies atomically, and DynamoDB deletes the item once
 * its window is over ({@value #EXPIRES}, TTL). Billed per request, so an idle stack costs nothing.
 */
final class SmsQuotaTable {

    /** The table's key and its time to live, as the trigger's {@code DynamoDbSmsQuota} writes them. */
    static final String KEY = "id";
    static final String EXPIRES = "expiresAt";

    private SmsQuotaTable() {
    }

    static void add(Template.Builder template) {
        template.resource(StackIds.SMS_QUOTA_TABLE, new Resource("AWS::DynamoDB::Table", Properties.of()
                .with("BillingMode", "PAY_PER_REQUEST")
                .with("AttributeDefinitions", List.of(Properties.of().with("AttributeName", KEY).with("AttributeType", "S")))
                .with("KeySchema", List.of(Properties.of().with("AttributeName", KEY).with("KeyType", "HASH")))
                .with("TimeToLiveSpecification", Properties.of().with("AttributeName", EXPIRES).with("Enabled", true))
                .with("SSESpecification", Properties.of().with("SSEEnabled", true))));
    }
}
