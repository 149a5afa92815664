package dev.deployless.local;

import dev.deployless.local.aws.AwsClient;
import dev.deployless.local.aws.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A DynamoDB stream of the emulator feeding a function, as Lambda's stream event source mapping
 * does: reads each shard in order from its start ({@code TRIM_HORIZON}) or from now
 * ({@code LATEST}), invokes the function with batches of up to {@code batchSize} records, and
 * retries a failed batch (from the first failed record with {@code ReportBatchItemFailures}) up to
 * {@value #RETRIES} times before it moves on, saying so.
 */
final class StreamPoller extends EventSource {
  private static final String STREAMS = "DynamoDBStreams_20120810.";
  private static final int RETRIES = 3;
  private final String streamArn;
  private final boolean latest;
  private final Map<String, String> iterators = new LinkedHashMap<>();
  private final List<Object> pending = new ArrayList<>();
  private int attempts;

  StreamPoller(String function, String streamArn, int batchSize, boolean partialFailures,
      boolean latest, AwsClient aws, Supplier<LocalApp> app, RequestLog log) {
    super(function, batchSize, partialFailures, aws, app, log, "stream-" + function);
    this.streamArn = streamArn;
    this.latest = latest;
  }

  @Override
  String describe() {
    String table = streamArn.substring(streamArn.indexOf(":table/") + 7, streamArn.indexOf("/stream/"));
    return "DynamoDB stream of " + table + " -> " + function + " (batches of " + batchSize
        + (partialFailures ? ", partial batch failures" : "") + ")";
  }

  @Override
  boolean poll() throws Exception {
    if (pending.isEmpty()) {
      read();
    }
    if (pending.isEmpty()) {
      return false;
    }
    List<Object> batch = new ArrayList<>(pending.subList(0, Math.min(batchSize, pending.size())));
    List<String> sequence = new ArrayList<>();
    for (Object record : batch) {
      sequence.add((String) Template.map(Template.map(record).get("dynamodb")).get("SequenceNumber"));
      Template.map(record).put("eventSourceARN", streamArn);
    }
    Set<String> failed = deliver("stream  " + describe().split(" ")[3], dev.deployless.local.aws.Json
        .write(Map.of("Records", batch)), sequence);
    int firstFailed = failed.isEmpty() ? batch.size() : firstFailed(sequence, failed);
    if (firstFailed < batch.size() && ++attempts <= RETRIES) {
      pending.subList(0, firstFailed).clear();
      return true;
    }
    if (firstFailed < batch.size()) {
      System.err.println("[deployless local] " + function + ": records from " + sequence.get(firstFailed)
          + " skipped after " + RETRIES + " retries");
    }
    attempts = 0;
    pending.subList(0, batch.size()).clear();
    return true;
  }

  private static int firstFailed(List<String> sequence, Set<String> failed) {
    for (int i = 0; i < sequence.size(); i++) {
      if (failed.contains(sequence.get(i))) {
        return i;
      }
    }
    return sequence.size();
  }

  /** Reads what the shards hold now into {@link #pending}. */
  private void read() throws Exception {
    if (iterators.isEmpty()) {
      Map<String, Object> stream = Template.map(aws.json("dynamodb", STREAMS + "DescribeStream", "1.0",
          Map.of("StreamArn", streamArn)).get("StreamDescription"));
      for (Object shard : Template.list(stream.get("Shards"))) {
        String id = (String) Template.map(shard).get("ShardId");
        iterators.put(id, (String) aws.json("dynamodb", STREAMS + "GetShardIterator", "1.0",
            Map.of("StreamArn", streamArn, "ShardId", id,
                "ShardIteratorType", latest ? "LATEST" : "TRIM_HORIZON")).get("ShardIterator"));
      }
    }
    for (Map.Entry<String, String> shard : iterators.entrySet()) {
      if (shard.getValue() == null) {
        continue;
      }
      Map<String, Object> records = aws.json("dynamodb", STREAMS + "GetRecords", "1.0",
          Map.of("ShardIterator", shard.getValue(), "Limit", 1000));
      pending.addAll(Template.list(records.get("Records")));
      shard.setValue((String) records.get("NextShardIterator"));
    }
  }
}
