package dev.authgate.aws.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

import dev.authgate.contract.sms.SmsQuotaItem;
import dev.authgate.testsupport.Dynalite;
import dev.authgate.testsupport.TestStack;

/** The SMS quota on DynamoDB, against dynalite: one conditional update per code, atomic under concurrency. */
class DynamoDbSmsQuotaTest {

    private static final String POOL = "us-east-1_Quota";
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2026-12-04T10:05:00Z");

    private static Dynalite dynalite;
    private static DynamoDbClient dynamoDb;
    private final String table = "quota-" + UUID.randomUUID();

    @BeforeAll
    static void startDynalite() {
        dynalite = Dynalite.start();
        dynamoDb = dynalite.client();
    }

    @AfterAll
    static void stopDynalite() throws IOException {
        dynamoDb.close();
        dynalite.close();
    }

    private DynamoDbSmsQuota quotaAt(Instant now) {
        dynamoDb.createTable(request -> request.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(definition -> definition.attributeName(SmsQuotaItem.KEY).attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName(SmsQuotaItem.KEY).keyType(KeyType.HASH)));
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(dynamoDb)
                .overrideConfiguration(polling -> polling.backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(20)))).build()) {
            waiter.waitUntilTableExists(request -> request.tableName(table));
        }
        return new DynamoDbSmsQuota(dynamoDb, table, 3, WINDOW, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aNumberIsCountedUpToTheLimitAndThenRefused() {
        DynamoDbSmsQuota quota = quotaAt(NOW);
        String phone = TestStack.newPhone();

        List<Boolean> acquired = List.of(quota.tryAcquire(POOL, phone), quota.tryAcquire(POOL, phone),
                quota.tryAcquire(POOL, phone), quota.tryAcquire(POOL, phone));

        assertThat(acquired).containsExactly(true, true, true, false);
    }

    @Test
    void eachNumberHasACountOfItsOwn() {
        DynamoDbSmsQuota quota = quotaAt(NOW);
        String first = TestStack.newPhone();
        for (int i = 0; i < 3; i++) {
            quota.tryAcquire(POOL, first);
        }

        assertThat(quota.tryAcquire(POOL, TestStack.newPhone())).isTrue();
    }

    @Test
    void theNextWindowStartsANewCount() {
        DynamoDbSmsQuota quota = quotaAt(NOW);
        String phone = TestStack.newPhone();
        for (int i = 0; i < 3; i++) {
            quota.tryAcquire(POOL, phone);
        }

        DynamoDbSmsQuota later = new DynamoDbSmsQuota(dynamoDb, table, 3, WINDOW, Clock.fixed(NOW.plus(WINDOW), ZoneOffset.UTC));

        assertThat(later.tryAcquire(POOL, phone)).isTrue();
    }

    @Test
    void theCountExpiresWithItsWindowThroughTheTablesTimeToLive() {
        DynamoDbSmsQuota quota = quotaAt(NOW);
        String phone = TestStack.newPhone();
        quota.tryAcquire(POOL, phone);

        Map<String, AttributeValue> item = dynamoDb.scan(request -> request.tableName(table)).items().get(0);

        assertThat(item.get(DynamoDbSmsQuota.SENT).n()).isEqualTo("1");
        assertThat(item.get(SmsQuotaItem.EXPIRES).n()).isEqualTo(Long.toString(Instant.parse("2026-12-04T10:15:00Z").getEpochSecond()));
    }

    @Test
    void concurrentSendsToOneNumberNeverCountPastTheLimit() throws Exception {
        DynamoDbSmsQuota quota = quotaAt(NOW);
        String phone = TestStack.newPhone();
        List<Callable<Boolean>> sends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sends.add(() -> quota.tryAcquire(POOL, phone));
        }

        ExecutorService threads = Executors.newFixedThreadPool(20);
        long acquired;
        try {
            acquired = threads.invokeAll(sends).stream().filter(DynamoDbSmsQuotaTest::get).count();
        } finally {
            threads.shutdown();
        }

        assertThat(acquired).isEqualTo(3);
    }

    private static boolean get(Future<Boolean> result) {
        try {
            return result.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
