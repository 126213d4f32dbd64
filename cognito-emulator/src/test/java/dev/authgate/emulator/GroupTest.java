package dev.authgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.authgate.emulator.support.TestCognito;
import dev.authgate.emulator.support.TestPool;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

class GroupTest {
    private static TestCognito test;

    @BeforeAll
    static void start() {
        test = TestCognito.start();
    }

    @AfterAll
    static void stop() {
        test.close();
    }

    @Test
    void aCreatedGroupIsDescribedBack() {
        TestPool pool = test.emailPool();

        CreateGroupResponse created = pool.cognito().createGroup(request -> request.userPoolId(pool.poolId())
                .groupName("admins").description("People who run things").precedence(1));

        assertThat(created.group().groupName()).isEqualTo("admins");
        assertThat(created.group().userPoolId()).isEqualTo(pool.poolId());
        assertThat(created.group().description()).isEqualTo("People who run things");
        assertThat(created.group().precedence()).isEqualTo(1);
        assertThat(created.group().creationDate()).isNotNull();
    }

    @Test
    void anAddedUserIsListedInTheGroup() {
        TestPool pool = test.emailPool();
        pool.signUp("alice@example.com", TestPool.PASSWORD);
        createGroup(pool, "members");

        addToGroup(pool, "alice@example.com", "members");

        assertThat(groupsOf(pool, "alice@example.com")).containsExactly("members");
    }

    @Test
    void aRemovedUserNoLongerHasTheGroup() {
        TestPool pool = test.emailPool();
        pool.signUp("bob@example.com", TestPool.PASSWORD);
        createGroup(pool, "members");
        addToGroup(pool, "bob@example.com", "members");

        pool.cognito().adminRemoveUserFromGroup(request -> request.userPoolId(pool.poolId()).username("bob@example.com").groupName("members"));

        assertThat(groupsOf(pool, "bob@example.com")).isEmpty();
    }

    @Test
    void creatingAGroupThatExistsFailsWithGroupExistsException() {
        TestPool pool = test.emailPool();
        createGroup(pool, "members");

        assertThatThrownBy(() -> createGroup(pool, "members")).isInstanceOf(GroupExistsException.class);
    }

    @Test
    void addingToAnUnknownGroupFailsWithResourceNotFoundException() {
        TestPool pool = test.emailPool();
        pool.signUp("carol@example.com", TestPool.PASSWORD);

        assertThatThrownBy(() -> addToGroup(pool, "carol@example.com", "nosuchgroup")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void addingAnUnknownUserFailsWithUserNotFoundException() {
        TestPool pool = test.emailPool();
        createGroup(pool, "members");

        assertThatThrownBy(() -> addToGroup(pool, "nobody@example.com", "members")).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aPoolsGroupsAreListedInTheOrderTheyWereCreated() {
        TestPool pool = test.emailPool();
        createGroup(pool, "members");
        createGroup(pool, "admins");

        ListGroupsResponse response = pool.cognito().listGroups(request -> request.userPoolId(pool.poolId()));

        assertThat(response.groups()).extracting(GroupType::groupName).containsExactly("members", "admins");
        assertThat(response.groups().get(0).userPoolId()).isEqualTo(pool.poolId());
        assertThat(response.nextToken()).isNull();
    }

    @Test
    void aPoolsGroupsComeAPageAtATime() {
        TestPool pool = test.emailPool();
        createGroup(pool, "a");
        createGroup(pool, "b");
        createGroup(pool, "c");

        ListGroupsResponse first = pool.cognito().listGroups(request -> request.userPoolId(pool.poolId()).limit(2));
        ListGroupsResponse second = pool.cognito().listGroups(request -> request.userPoolId(pool.poolId()).limit(2).nextToken(first.nextToken()));

        assertThat(first.groups()).extracting(GroupType::groupName).containsExactly("a", "b");
        assertThat(second.groups()).extracting(GroupType::groupName).containsExactly("c");
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void listingTheGroupsOfAnUnknownPoolFailsWithResourceNotFoundException() {
        assertThatThrownBy(() -> test.cognito().listGroups(request -> request.userPoolId("us-east-1_Nothing00")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static void createGroup(TestPool pool, String name) {
        pool.cognito().createGroup(request -> request.userPoolId(pool.poolId()).groupName(name));
    }

    private static void addToGroup(TestPool pool, String username, String group) {
        pool.cognito().adminAddUserToGroup(request -> request.userPoolId(pool.poolId()).username(username).groupName(group));
    }

    private static List<String> groupsOf(TestPool pool, String username) {
        return pool.cognito().adminListGroupsForUser(request -> request.userPoolId(pool.poolId()).username(username))
                .groups().stream().map(GroupType::groupName).toList();
    }
}
