package dev.s3403.bot.slack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Event ids already taken in, so that Slack's retries (sent when an ack was slow or lost) are acked and not
 * handled again. Bounded: the oldest ids go first; Slack retries within minutes.
 */
public final class SeenEvents {
  private final Set<String> seen;

  public SeenEvents(int capacity) {
    this.seen = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > capacity;
      }
    }));
  }

  /** True the first time an id is offered, false for every repeat. */
  public boolean firstTime(String eventId) {
    return seen.add(eventId);
  }
}
