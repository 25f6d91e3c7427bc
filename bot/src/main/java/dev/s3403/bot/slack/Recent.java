package dev.s3403.bot.slack;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each user's latest diagnoses, for App Home. In memory only: the threads themselves are the record. */
final class Recent {
  record Entry(Instant at, String channel, String threadTs, String topCause, String headline) {}

  private final int perUser;
  private final Map<String, Deque<Entry>> byUser = new ConcurrentHashMap<>();

  Recent(int perUser) {
    this.perUser = perUser;
  }

  void add(String user, Entry e) {
    if (user == null) return;
    Deque<Entry> d = byUser.computeIfAbsent(user, k -> new ArrayDeque<>());
    synchronized (d) {
      d.addFirst(e);
      while (d.size() > perUser) d.removeLast();
    }
  }

  List<Entry> of(String user) {
    Deque<Entry> d = byUser.get(user);
    if (d == null) return List.of();
    synchronized (d) {
      return List.copyOf(d);
    }
  }
}
