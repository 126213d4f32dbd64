package dev.authgate.provisioner.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.authgate.provisioner.ProvisionerException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The versioned S3 bucket the stack's Lambda artifact (and a template too large to send inline) is read from.
 * Objects are named by their SHA-256: an artifact already there is not sent again, and a new artifact is a new key,
 * which is what makes CloudFormation update the functions. Every call names the deploying account as the bucket's
 * expected owner, so a bucket of the same name that another account made first (the default name can be guessed)
 * is refused by S3 rather than trusted with the code the stack runs.
 */
public final class ArtifactStore {

    static final String ARTIFACT_PREFIX = "authgate/lambda/";
    static final String TEMPLATE_PREFIX = "authgate/templates/";
    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String bucket;
    private final String owner;
    private final Region region;
    private final ProgressLog log;

    /** The store on the bucket, which must belong to the account {@code owner}. */
    public ArtifactStore(S3Client s3, String bucket, String owner, Region region, ProgressLog log) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.region = Objects.requireNonNull(region, "region");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The store on the given bucket, or on the account's default one, which must belong to the deploying account. */
    public static ArtifactStore of(AwsClients aws, String bucket, ProgressLog log) {
        String account = aws.accountId();
        return new ArtifactStore(aws.s3(), bucket != null ? bucket : defaultBucket(account, aws.region()), account, aws.region(), log);
    }

    /** The bucket deploy makes when none is given: one per account and region. */
    public static String defaultBucket(String accountId, Region region) {
        return ("authgate-artifacts-" + accountId + "-" + region.id()).toLowerCase(Locale.ROOT);
    }

    public String bucket() {
        return bucket;
    }

    /** Makes the bucket, versioned, unless it is there. */
    public void ensureBucket() {
        try {
            s3.headBucket(request -> request.bucket(bucket).expectedBucketOwner(owner));
            return;
        } catch (NoSuchBucketException missing) {
            log.say("Creating the versioned bucket " + bucket);
        } catch (S3Exception e) {
            if (e.statusCode() == 403) {
                throw new ProvisionerException("the bucket " + bucket + " exists but belongs to another account than " + owner
                        + " or these credentials cannot use it: pass another --bucket", e);
            }
            throw e;
        }
        // CreateBucket alone takes no expected owner: the bucket it makes is the caller's, or it fails.
        try {
            s3.createBucket(request -> {
                request.bucket(bucket);
                // us-east-1 is the one region S3 wants no location constraint for.
                if (!Region.US_EAST_1.equals(region)) {
                    request.createBucketConfiguration(configuration -> configuration.locationConstraint(region.id()));
                }
            });
        } catch (BucketAlreadyOwnedByYouException alreadyOurs) {
            // made a moment ago by a deploy running beside this one
        }
        s3.putBucketVersioning(request -> request.bucket(bucket).expectedBucketOwner(owner)
                .versioningConfiguration(versioning -> versioning.status(BucketVersioningStatus.ENABLED)));
    }

    /** Uploads the Lambda artifact unless it is there already, and answers its key. */
    public String putArtifact(Path artifact) {
        String key = ARTIFACT_PREFIX + sha256(artifact) + ".zip";
        if (exists(key)) {
            log.say("Artifact unchanged: s3://" + bucket + "/" + key);
            return key;
        }
        log.say(String.format(Locale.ROOT, "Uploading the artifact (%.1f MB) to s3://%s/%s", size(artifact) / 1e6, bucket, key));
        s3.putObject(request -> request.bucket(bucket).expectedBucketOwner(owner).key(key).contentType("application/zip"), RequestBody.fromFile(artifact));
        return key;
    }

    /** Uploads a template and answers the URL CloudFormation reads it from. */
    public String putTemplate(String stackName, byte[] template) {
        String key = TEMPLATE_PREFIX + stackName + "-" + sha256(template).substring(0, 16) + ".json";
        log.say("The template (" + template.length + " bytes) is too large to send inline: uploading it to s3://" + bucket + "/" + key);
        s3.putObject(request -> request.bucket(bucket).expectedBucketOwner(owner).key(key).contentType("application/json"), RequestBody.fromBytes(template));
        return s3.utilities().getUrl(request -> request.bucket(bucket).key(key)).toExternalForm();
    }

    /** Deletes every version of every object, then the bucket; a bucket that is not there is fine. */
    public void deleteBucket() {
        try {
            List<ObjectIdentifier> objects = new ArrayList<>();
            for (ListObjectVersionsResponse page : s3.listObjectVersionsPaginator(request -> request.bucket(bucket).expectedBucketOwner(owner))) {
                page.versions().forEach(version -> objects.add(identifier(version.key(), version.versionId())));
                page.deleteMarkers().forEach(marker -> objects.add(identifier(marker.key(), marker.versionId())));
            }
            for (int from = 0; from < objects.size(); from += DELETE_BATCH) {
                List<ObjectIdentifier> batch = objects.subList(from, Math.min(objects.size(), from + DELETE_BATCH));
                s3.deleteObjects(request -> request.bucket(bucket).expectedBucketOwner(owner).delete(delete -> delete.objects(batch).quiet(true)));
            }
            s3.deleteBucket(request -> request.bucket(bucket).expectedBucketOwner(owner));
            log.say("Deleted the bucket " + bucket + " (" + objects.size() + " object versions)");
        } catch (NoSuchBucketException missing) {
            log.say("No bucket " + bucket + " to delete");
        }
    }

    private boolean exists(String key) {
        try {
            s3.headObject(request -> request.bucket(bucket).expectedBucketOwner(owner).key(key));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        }
    }

    private static ObjectIdentifier identifier(String key, String versionId) {
        return ObjectIdentifier.builder().key(key).versionId(versionId).build();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
