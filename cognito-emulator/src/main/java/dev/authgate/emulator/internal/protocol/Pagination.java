package dev.authgate.emulator.internal.protocol;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cognito's {@code MaxResults}/{@code NextToken} paging. The token is simply the key of the first
 * item of the next page: the emulator has no reason to hide it.
 */
public record Pagination<T>(List<T> items, Optional<String> nextToken) {

    public static <T> Pagination<T> page(List<T> all, Function<T, String> key, int maxResults, Optional<String> token) {
        if (maxResults < 1 || maxResults > 60) {
            throw INVALID_PARAMETER.exception("1 validation error detected: Value '" + maxResults
                    + "' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 60");
        }
        int start = 0;
        if (token.isPresent()) {
            start = indexOf(all, key, token.get());
        }
        int end = Math.min(all.size(), start + maxResults);
        Optional<String> next = end < all.size() ? Optional.of(key.apply(all.get(end))) : Optional.empty();
        return new Pagination<>(all.subList(start, end), next);
    }

    private static <T> int indexOf(List<T> all, Function<T, String> key, String token) {
        for (int i = 0; i < all.size(); i++) {
            if (key.apply(all.get(i)).equals(token)) {
                return i;
            }
        }
        throw INVALID_PARAMETER.exception("Invalid NextToken.");
    }
}
