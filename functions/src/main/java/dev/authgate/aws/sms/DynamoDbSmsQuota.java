package dev.authgate.aws.sms;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import dev.authgate.contract.sms.SmsQuotaItem;
import dev.authgate.settings.CognitoSettings;
import dev.authgate.settings.SmsSettings;
import dev.authgate.trigger.QuotaWindow;
import dev.authgate.trigger.SmsQuota;

/**
 * The SMS quota on AWS: one item per number and window in the stack's DynamoDB table, counted by one conditional
 * UpdateItem, which DynamoDB applies atomically, so concurrent sign-ins on any number of instances never count past
 * the limit. The item expires (DynamoDB's TTL on {@value SmsQuotaItem#EXPIRES}) once its window is over.
 */
public final class DynamoDbSmsQuota implements SmsQuota {

    static final String SENT = "sent";

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final int maxCodes;
    private final QuotaWindow window;

    DynamoDbSmsQuota(DynamoDbClient dynamoDb, String table, int maxCodes, Duration window, Clock clock) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.maxCodes = maxCodes;
        this.window = new QuotaWindow(window, clock);
    }

    /** Counts in the stack's table ({@code authgate.sms.quota-table}) in the user pool's region, with the limits of the settings. */
    public static DynamoDbSmsQuota create(CognitoSettings cognito, SmsSettings limits, Clock clock) {
        if (limits.quotaTable() == null) {
            throw new IllegalStateException("authgate.sms.quota-table is not set: the DynamoDB table that counts the sign-in codes sent");
        }
        DynamoDbClient dynamoDb = DynamoDbClient.builder().region(Region.of(cognito.region()))
                .httpClient(UrlConnectionHttpClient.create()).build();
        return new DynamoDbSmsQuota(dynamoDb, limits.quotaTable(), limits.maxCodes(), Duration.ofMinutes(limits.windowMinutes()), clock);
    }

    @Override
    public boolean tryAcquire(String userPoolId, String phoneNumber) {
        QuotaWindow.Slot slot = window.current(userPoolId, phoneNumber);
        try {
            dynamoDb.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(Map.of(SmsQuotaItem.KEY, AttributeValue.fromS(slot.key())))
                    .updateExpression("ADD #sent :one SET #expires = :expires")
                    .conditionExpression("attribute_not_exists(#sent) OR #sent < :max")
                    .expressionAttributeNames(Map.of("#sent", SENT, "#expires", SmsQuotaItem.EXPIRES))
                    .expressionAttributeValues(Map.of(
                            ":one", AttributeValue.fromN("1"),
                            ":max", AttributeValue.fromN(Integer.toString(maxCodes)),
                            ":expires", AttributeValue.fromN(Long.toString(slot.end().getEpochSecond()))))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException limitReached) {
            return false;
        }
    }
}
