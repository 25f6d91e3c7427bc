package dev.s3403.diagnostics.resolve;

import dev.s3403.diagnostics.evidence.PolicyDoc;
import dev.s3403.diagnostics.evidence.PolicyDocument;
import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.PolicyKind;
import dev.s3403.diagnostics.policy.PolicyProblem;
import dev.s3403.diagnostics.policy.json.PolicyJsonReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the bundle's policy documents once per diagnosis: a diagnosis evaluates every action, and then every
 * fix, against the same documents. Problems AWS would reject are kept to report, once each.
 */
final class PolicyCompiler {
  private record Key(String name, PolicyKind kind, PolicyDocument document) {}

  private final Map<Key, Policy> compiled = new HashMap<>();
  private final Set<String> problems = new LinkedHashSet<>();

  List<Policy> all(List<PolicyDoc> docs, PolicyKind kind) {
    List<Policy> out = new ArrayList<>();
    if (docs == null) return out;   // known not to exist: no policies
    int index = 0;
    for (PolicyDoc doc : docs) {
      index++;
      Policy p = one(doc, kind, kind.name().toLowerCase(java.util.Locale.ROOT) + " policy " + index);
      if (p != null) out.add(p);
    }
    return out;
  }

  Policy one(PolicyDoc doc, PolicyKind kind) {
    return doc == null ? null : one(doc, kind, "permissions boundary");
  }

  private Policy one(PolicyDoc doc, PolicyKind kind, String fallbackName) {
    PolicyDocument document = doc.document().orNull();
    if (document == null) return null;
    String name = doc.name().orNull();
    return document(name != null ? name : fallbackName, document, kind);
  }

  Policy document(String name, PolicyDocument document, PolicyKind kind) {
    return compiled.computeIfAbsent(new Key(name, kind, document), k -> {
      var read = PolicyJsonReader.read(name, kind, document.json());
      read.problems().stream().map(PolicyProblem::message).forEach(problems::add);
      return read.policy();
    });
  }

  List<String> problems() {
    return List.copyOf(problems);
  }
}
