package dev.s3403.diagnostics.actions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The operation-to-action table, read once from {@code actions/s3-operations.json}. */
final class OperationTable {

  private static final String RESOURCE = "/actions/s3-operations.json";
  /** SDK request/command classes carry the operation name plus one of these (Java v2, JavaScript v3). */
  private static final List<String> SDK_SUFFIXES = List.of("command", "request");

  private final Map<String, OperationSpec> byName;
  private final Map<String, String> byLowerCase = new HashMap<>();
  private final Map<String, String> byLooseName = new HashMap<>();

  private OperationTable(List<OperationSpec> operations) {
    var names = new LinkedHashMap<String, OperationSpec>();
    for (OperationSpec spec : operations) {
      if (names.put(spec.operation(), spec) != null) {
        throw new IllegalStateException("operation `%s` is listed twice in %s".formatted(spec.operation(), RESOURCE));
      }
      byLowerCase.put(spec.operation().toLowerCase(Locale.ROOT), spec.operation());
      byLooseName.put(loose(spec.operation()), spec.operation());
    }
    this.byName = Collections.unmodifiableMap(names);
  }

  static OperationTable instance() {
    return Holder.TABLE;
  }

  Set<String> names() {
    return Collections.unmodifiableSet(new TreeSet<>(byName.keySet()));
  }

  Optional<OperationSpec> spec(String canonicalName) {
    return Optional.ofNullable(byName.get(canonicalName));
  }

  /** Exact or case-insensitive match only. */
  Optional<String> caseInsensitive(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byLowerCase.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** Also snake_case, kebab-case and SDK class names such as {@code GetObjectRequest}. */
  Optional<String> canonical(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String loose = loose(name);
    String found = byLooseName.get(loose);
    for (int i = 0; found == null && i < SDK_SUFFIXES.size(); i++) {
      String suffix = SDK_SUFFIXES.get(i);
      if (loose.endsWith(suffix)) {
        found = byLooseName.get(loose.substring(0, loose.length() - suffix.length()));
      }
    }
    return Optional.ofNullable(found);
  }

  private static String loose(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') out.append(c);
    }
    return out.toString();
  }

  private static OperationTable load() {
    try (InputStream in = OperationTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      return new OperationTable(new ObjectMapper().readValue(in, Document.class).operations());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The JSON document's shape. */
  record Document(List<OperationSpec> operations) {
  }

  // Initialization-on-demand: the JSON is parsed once, on first use, without locking afterwards.
  private static final class Holder {
    static final OperationTable TABLE = load();
  }
}
