package dev.s3403.diagnostics.parse;

import dev.s3403.diagnostics.actions.OperationActions;
import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.parse.Occurrences.Occurrence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads pasted text into a {@link ParsedError}. It never throws on input: every text gives a result, with
 * {@code isAccessDenied: false} when it reports no denial, and warnings for what it had to repair.
 *
 * <p>The stages: repair chat damage, find every framing of every error and every denial sentence, group them
 * into distinct errors, pick the S3 denial (others become warnings), then read the fields of that error from
 * its part of the text.
 */
public final class ErrorParser {

  public ParsedError parse(String pasted) {
    TextRepair.Repaired repaired = TextRepair.repair(pasted);
    String text = repaired.text();
    List<String> warnings = new ArrayList<>(repaired.warnings());

    Gate gate = Gate.of(text);
    List<DenialClause> clauses = gate.has("authori") ? DenialClause.findAll(text) : List.of();
    List<Hit> hits = new ArrayList<>();
    SdkFrames.collect(text, gate, hits);
    WireFrames.collect(text, gate, hits);
    List<Occurrence> errors = Occurrences.group(hits, clauses);
    if (errors.isEmpty()) return nothingFound(text, gate, warnings);

    Occurrence primary = primary(errors);
    int from = 0;
    int to = text.length();
    for (Occurrence e : errors) {
      if (e == primary) continue;
      if (e.end() <= primary.start()) from = Math.max(from, e.end());
      else if (e.start() >= primary.end()) to = Math.min(to, e.start());
      warnings.add("other-errors: also in the paste: " + Describe.occurrence(e));
    }
    String window = text.substring(from, to);
    Truncation cut = Truncation.of(text, primary);
    if (cut.detected()) warnings.add("truncated: the paste seems cut off; fields after the cut are unknown");
    DenialClause clause = primary.clause();
    if (clause != null && (clause.joinedWrap() || text.substring(clause.start(), clause.end()).indexOf('\n') >= 0)
        && warnings.stream().noneMatch(w -> w.startsWith("line-wrap:"))) {
      warnings.add("line-wrap: read a denial message broken over lines");
    }
    Gate windowGate = window.length() == text.length() ? gate : Gate.of(window);
    return read(text, window, windowGate, from, primary, cut, warnings);
  }

  private static ParsedError read(String text, String window, Gate windowGate, int offset, Occurrence e,
      Truncation cut, List<String> warnings) {
    Hit hit = e.hit();
    DenialClause clause = e.clause();
    String tool = Tools.detect(window, windowGate);
    if (tool == null && window.length() != text.length()) tool = Tools.detect(text);
    String operation = hit.operation() != null ? hit.operation()
        : CodeClues.operation(window, Math.max(0, e.start() - offset));

    // The places are looked for only when the denied resource's ARN does not settle them (most enhanced messages).
    Supplier<List<S3Location>> found = memo(() -> Locations.find(window, windowGate));
    S3Location location = location(found, offset, e, clause);
    String bucket = location == null ? null : location.bucket();
    String key = location == null ? null : cut.keep(location.key());
    String prefix = null;
    boolean listing = operation != null ? Operations.isListing(operation) : Operations.isListingCommand(window);
    if (listing) prefix = listingPrefix(found, location);
    if (listing || operation != null && Operations.isBucketLevel(operation)) key = null;
    String region = region(found, windowGate, location, window, clause);

    String action = clause == null ? null : cut.keep(clause.action());
    String service = Describe.service(hit, clause, operation, windowGate);
    String message = Describe.message(text, hit, clause);
    List<RequiredAction> required = operation == null || !OperationActions.isS3Operation(operation) ? List.of()
        : OperationActions.requiredActions(operation, bucket, key);

    return new ParsedError(e.isDenial(), service, tool, operation, hit.code(), hit.status(), message, bucket, key,
        prefix, location == null ? null : location.accessPointArn(),
        clause == null ? null : clause.principalArn(), action,
        clause == null ? null : cut.keep(clause.resourceArn()),
        clause == null ? null : clause.denyType(), clause == null ? null : clause.policyType(),
        clause == null ? null : clause.transitivePolicyType(), clause == null ? null : clause.policyArn(),
        DenialClause.authorizationId(text, e.start()), hit.requestId(), hit.hostId(), region, required,
        warnings);
  }

  /** The denied resource's ARN wins; then the strongest-ranked place nearest before the error. */
  private static S3Location location(Supplier<List<S3Location>> places, int offset, Occurrence e,
      DenialClause clause) {
    if (clause != null && clause.resourceArn() != null) {
      S3Location fromArn = S3Location.ofArn(clause.resourceArn(), clause.start(), 0);
      if (fromArn != null) return fromArn;
    }
    int errorStart = e.start() - offset;
    int errorEnd = e.end() - offset;
    // Same rank: a place inside the error itself (earliest first), then the nearest before it, then after it.
    List<S3Location> ranked = places.get().stream()
        .filter(l -> l.bucket() != null || l.key() != null || l.accessPointArn() != null)
        .sorted(Comparator.comparingInt(S3Location::rank)
            .thenComparingInt(l -> l.position() >= errorStart && l.position() <= errorEnd ? l.position() - errorStart
                : l.position() < errorStart ? errorEnd + (errorStart - l.position()) : Integer.MAX_VALUE / 2 + l.position()))
        .toList();
    if (ranked.isEmpty()) return null;
    S3Location best = ranked.get(0);
    for (S3Location l : ranked) {
      if (best.bucket() == null && l.bucket() != null && best.accessPointArn() == null) {
        best = new S3Location(best.position(), best.rank(), l.bucket(), best.key(), best.accessPointArn(),
            best.region() != null ? best.region() : l.region());
      } else if (best.key() == null && l.key() != null && l.bucket() == null && best.accessPointArn() == null) {
        best = new S3Location(best.position(), best.rank(), best.bucket(), l.key(), null, best.region());
      }
    }
    return best;
  }

  /** A listing's path is its prefix; the ARN of a ListBucket denial names only the bucket, so look further. */
  private static String listingPrefix(Supplier<List<S3Location>> found, S3Location chosen) {
    if (chosen == null) return null;
    if (chosen.rank() > 0) return chosen.key();
    return found.get().stream().filter(l -> chosen.bucket() != null && chosen.bucket().equals(l.bucket()) && l.key() != null)
        .min(Comparator.comparingInt(S3Location::rank)).map(S3Location::key).orElse(null);
  }

  /** The Region of the chosen place; else of any S3 endpoint, signature or setting shown; else of the ARN. */
  private static String region(Supplier<List<S3Location>> found, Gate gate, S3Location chosen, String window,
      DenialClause clause) {
    if (chosen != null && chosen.region() != null) return chosen.region();
    String shown = CodeClues.region(window);
    if (shown != null) return shown;
    if (gate.has("amazonaws") || gate.has("accesspoint")) {   // only S3 hosts and access point ARNs carry one
      for (S3Location l : found.get()) {
        if (l.region() != null) return l.region();
      }
    }
    return clause == null ? null : Arns.region(clause.resourceArn());
  }

  private static <T> Supplier<T> memo(Supplier<T> compute) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) value = compute.get();
        return value;
      }
    };
  }

  /** The S3 access denial first; then any denial; then the first error. */
  private static Occurrence primary(List<Occurrence> errors) {
    Occurrence best = null;
    int bestScore = -1;
    for (Occurrence e : errors) {
      int score = e.isDenial() ? (Describe.isS3(e) ? 3 : 2) : 1;
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  private static ParsedError nothingFound(String text, Gate gate, List<String> warnings) {
    S3Location location = Locations.find(text, gate).stream().min(Comparator.comparingInt(S3Location::rank)).orElse(null);
    String operation = CodeClues.operation(text);
    String service = Describe.service(Hit.of(0, 0), null, operation, gate);
    return new ParsedError(false, service, Tools.detect(text, gate), operation, null, null, null,
        location == null ? null : location.bucket(), location == null ? null : location.key(), null,
        location == null ? null : location.accessPointArn(), null, null, null, null, null, null, null, null, null,
        null, location == null ? null : location.region(), List.of(), warnings);
  }
}
