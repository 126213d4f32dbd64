package dev.authgate.provisioner.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S3's REST API as it answers path-style requests (XML bodies and errors in the shapes of the API reference), for
 * the calls the provisioner makes: HeadBucket, CreateBucket, PutBucketVersioning, HeadObject, PutObject,
 * ListObjectVersions, DeleteObjects and DeleteBucket.
 */
public final class FakeS3 {

    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
    private static final Pattern DELETE_OBJECT = Pattern.compile(
            "<Object>\\s*<Key>([^<]*)</Key>\\s*(?:<VersionId>([^<]*)</VersionId>)?\\s*</Object>");

    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final List<String> callsWithoutExpectedOwner = new ArrayList<>();

    // ---- the scene

    /** A bucket made before the test by another account, as anyone may make a bucket of a name they can guess. */
    public synchronized FakeS3 withBucketOfAnotherAccount(String name, String account) {
        buckets.put(name, new Bucket(null, account));
        return this;
    }

    /** A bucket made before the test, holding one object. */
    public synchronized FakeS3 withBucket(String name, String key, byte[] content) {
        Bucket bucket = new Bucket(null, FakeCloudFormation.ACCOUNT);
        bucket.versioning = "Enabled";
        bucket.put(key, content);
        buckets.put(name, bucket);
        return this;
    }

    // ---- what happened

    /** Each call as {@code METHOD /path?query}, in order. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** The calls, as {@link #calls()} writes them, that named no expected bucket owner ({@code x-amz-expected-bucket-owner}). */
    public synchronized List<String> callsWithoutExpectedOwner() {
        return List.copyOf(callsWithoutExpectedOwner);
    }

    public synchronized boolean hasBucket(String name) {
        return buckets.containsKey(name);
    }

    /** The bucket's versioning status and location constraint, as they were set. */
    public synchronized Optional<String> describe(String name) {
        return Optional.ofNullable(buckets.get(name)).map(bucket -> "versioning=" + bucket.versioning + " location=" + bucket.location);
    }

    /** The latest content of an object. */
    public synchronized Optional<byte[]> object(String bucket, String key) {
        return Optional.ofNullable(buckets.get(bucket)).map(found -> found.objects.get(key)).map(versions -> versions.get(versions.size() - 1).content());
    }

    // ---- the API

    synchronized FakeResponse handle(String method, String bucketName, String key, String query, String expectedOwner, byte[] body) {
        String call = method + " /" + bucketName + (key == null ? "" : "/" + key) + (query == null ? "" : "?" + query);
        calls.add(call);
        if (expectedOwner == null) {
            callsWithoutExpectedOwner.add(call);
        }
        Bucket bucket = buckets.get(bucketName);
        if (key == null && method.equals("PUT") && query == null) {
            return createBucket(bucketName, body);
        }
        if (bucket == null) {
            return method.equals("HEAD") ? FakeResponse.empty(404) : error(404, "NoSuchBucket", "The specified bucket does not exist", bucketName);
        }
        if (expectedOwner != null && !expectedOwner.equals(bucket.owner)) {
            // S3 answers a request whose expected owner does not own the bucket with 403 Access Denied.
            return method.equals("HEAD") ? FakeResponse.empty(403) : error(403, "AccessDenied", "Access Denied", bucketName);
        }
        if (key == null) {
            return switch (method + " " + (query == null ? "" : query.replaceAll("=.*", ""))) {
                case "HEAD " -> FakeResponse.empty(200).withHeader("x-amz-bucket-region", "eu-west-1");
                case "PUT versioning" -> versioning(bucket, body);
                case "GET versions" -> listVersions(bucketName, bucket);
                case "POST delete" -> deleteObjects(bucket, body);
                case "DELETE " -> deleteBucket(bucketName, bucket);
                default -> error(501, "NotImplemented", "The fake does not answer " + method + " ?" + query, bucketName);
            };
        }
        return switch (method) {
            case "HEAD" -> headObject(bucket, key);
            case "PUT" -> putObject(bucket, key, body);
            default -> error(501, "NotImplemented", "The fake does not answer " + method + " on objects", bucketName);
        };
    }

    private FakeResponse createBucket(String name, byte[] body) {
        if (buckets.containsKey(name)) {
            return error(409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.", name);
        }
        Matcher location = Pattern.compile("<LocationConstraint>([^<]*)</LocationConstraint>")
                .matcher(new String(body, StandardCharsets.UTF_8));
        buckets.put(name, new Bucket(location.find() ? location.group(1) : null, FakeCloudFormation.ACCOUNT));
        return FakeResponse.empty(200).withHeader("Location", "/" + name);
    }

    private FakeResponse versioning(Bucket bucket, byte[] body) {
        Matcher status = Pattern.compile("<Status>([^<]*)</Status>").matcher(new String(body, StandardCharsets.UTF_8));
        bucket.versioning = status.find() ? status.group(1) : null;
        return FakeResponse.empty(200);
    }

    private FakeResponse headObject(Bucket bucket, String key) {
        List<Version> versions = bucket.objects.get(key);
        if (versions == null) {
            return FakeResponse.empty(404);
        }
        Version latest = versions.get(versions.size() - 1);
        return FakeResponse.empty(200).withHeader("ETag", latest.etag()).withHeader("x-amz-version-id", latest.id());
    }

    private FakeResponse putObject(Bucket bucket, String key, byte[] body) {
        Version version = bucket.put(key, body);
        return FakeResponse.empty(200).withHeader("ETag", version.etag()).withHeader("x-amz-version-id", version.id());
    }

    private FakeResponse listVersions(String name, Bucket bucket) {
        Xml xml = Xml.document().open("ListVersionsResult", NAMESPACE)
                .element("Name", name).empty("Prefix").empty("KeyMarker").empty("VersionIdMarker")
                .element("MaxKeys", 1000).element("IsTruncated", false);
        bucket.objects.forEach((key, versions) -> {
            for (int i = 0; i < versions.size(); i++) {
                Version version = versions.get(i);
                xml.open("Version").element("Key", key).element("VersionId", version.id())
                        .element("IsLatest", i == versions.size() - 1).element("LastModified", "2026-11-24T10:00:00.000Z")
                        .element("ETag", version.etag()).element("Size", version.content().length)
                        .element("StorageClass", "STANDARD").close("Version");
            }
        });
        return FakeResponse.xml(200, xml.close("ListVersionsResult"));
    }

    private FakeResponse deleteObjects(Bucket bucket, byte[] body) {
        Xml xml = Xml.document().open("DeleteResult", NAMESPACE);
        String request = new String(body, StandardCharsets.UTF_8);
        Matcher objects = DELETE_OBJECT.matcher(request);
        while (objects.find()) {
            String key = objects.group(1);
            String versionId = objects.group(2);
            List<Version> versions = bucket.objects.getOrDefault(key, new ArrayList<>());
            versions.removeIf(version -> version.id().equals(versionId));
            if (versions.isEmpty()) {
                bucket.objects.remove(key);
            }
            if (!request.contains("<Quiet>true</Quiet>")) {
                xml.open("Deleted").element("Key", key).element("VersionId", versionId).close("Deleted");
            }
        }
        return FakeResponse.xml(200, xml.close("DeleteResult"));
    }

    private FakeResponse deleteBucket(String name, Bucket bucket) {
        if (!bucket.objects.isEmpty()) {
            return error(409, "BucketNotEmpty", "The bucket you tried to delete is not empty", name);
        }
        buckets.remove(name);
        return FakeResponse.empty(204);
    }

    private static FakeResponse error(int status, String code, String message, String bucket) {
        return FakeResponse.xml(status, Xml.document().open("Error")
                .element("Code", code).element("Message", message).element("BucketName", bucket)
                .element("RequestId", UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase())
                .element("HostId", "fake-host-id")
                .close("Error"));
    }

    /**
     * The payload of a request sent with {@code Content-Encoding: aws-chunked}: chunks of
     * {@code <hex size>[;extensions]\r\n<bytes>\r\n}, ended by a zero-size chunk and optional trailers.
     */
    static byte[] decodeAwsChunked(byte[] body) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOfCrlf(body, at);
            String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";", 2)[0].trim(), 16);
            if (size == 0) {
                break;
            }
            payload.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return payload.toByteArray();
    }

    private static int indexOfCrlf(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("An aws-chunked body without a chunk header end");
    }

    record Version(String id, String etag, byte[] content) {
    }

    private static final class Bucket {
        final String location;
        final String owner;
        final Map<String, List<Version>> objects = new LinkedHashMap<>();
        String versioning;

        Bucket(String location, String owner) {
            this.location = location;
            this.owner = owner;
        }

        Version put(String key, byte[] content) {
            String etag;
            try {
                etag = "\"" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(content)) + "\"";
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            Version version = new Version(UUID.randomUUID().toString().replace("-", ""), etag, content);
            objects.computeIfAbsent(key, unused -> new ArrayList<>()).add(version);
            return version;
        }
    }
}
