package dev.s3403.diagnostics.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Groups the hits of a paste into distinct errors. Hits that do not contradict each other and stand close
 * together describe one error (an SDK's exception line, its XML body, its headers); an error printed again
 * later (a retry, a re-raised exception, a summary line) is the same error.
 */
final class Occurrences {
  private static final int NEAR = 2000;

  static final Set<String> DENIAL_CODES = Set.of("AccessDenied", "AccessDeniedException", "AllAccessDisabled",
      "AccountProblem", "InvalidPayer", "NotSignedUp", "InvalidAccessKeyId", "InvalidSecurity",
      "SignatureDoesNotMatch", "RequestTimeTooSkewed", "ExpiredToken", "ExpiredTokenException", "InvalidToken",
      "InvalidClientTokenId", "UnrecognizedClientException", "AuthFailure", "UnauthorizedOperation",
      "AuthorizationError", "AuthorizationHeaderMalformed", "Forbidden", "ForbiddenException",
      "AccessDeniedError", "UnauthorizedAccess", "UnauthorizedException", "InvalidSignatureException",
      "MissingAuthenticationToken", "IncompleteSignature", "AuthorizationQueryParametersError",
      "KMS.AccessDeniedException", "NotAuthorized", "NotAuthorizedException", "InvalidObjectState");

  private Occurrences() {}

  /** One distinct error: what its framings say, and the denial sentence inside it, if any. */
  record Occurrence(Hit hit, DenialClause clause) {
    int start() {
      return clause == null ? hit.start() : Math.min(hit.start(), clause.start());
    }

    int end() {
      return clause == null ? hit.end() : Math.max(hit.end(), clause.end());
    }

    boolean isDenial() {
      Integer status = hit.status();
      return clause != null && clause.action() != null || hit.code() != null && DENIAL_CODES.contains(hit.code())
          || status != null && (status == 403 || status == 401) || hit.refused()
          || hit.message() != null && hit.message().startsWith("Access Denied");
    }
  }

  static List<Occurrence> group(List<Hit> hits, List<DenialClause> clauses) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt(Hit::start));

    List<Hit> merged = new ArrayList<>();
    for (Hit h : sorted) {
      int into = -1;
      for (int i = 0; i < merged.size() && into < 0; i++) {
        if (merged.get(i).sameError(h)) into = i;   // the same error printed again
      }
      int last = merged.size() - 1;
      if (into < 0 && last >= 0 && h.start() < merged.get(last).end() && h.end() <= merged.get(last).end()) {
        into = last;                                 // inside the one before: a wrapped error, its outer words win
      }
      if (into < 0 && last >= 0 && h.start() - merged.get(last).end() <= NEAR && !merged.get(last).conflicts(h)) {
        into = last;                                 // another framing of the error just before
      }
      if (into < 0) merged.add(h);
      else merged.set(into, merged.get(into).orElse(h));
    }

    List<Occurrence> out = new ArrayList<>();
    List<DenialClause> placed = new ArrayList<>();
    for (Hit m : merged) {
      DenialClause c = clauseIn(m, clauses);
      if (c != null) placed.add(c);
      out.add(new Occurrence(m, c));
    }
    // A denial sentence with no framing around it belongs to the framing just before it that has none
    // ("AccessDeniedException:" and the sentence on the next line); else it is an error of its own, unless it
    // repeats one already placed.
    for (DenialClause c : clauses) {
      if (placed.contains(c) || placed.stream().anyMatch(p -> sameSentence(p, c))) continue;
      placed.add(c);
      int before = -1;
      for (int i = 0; i < out.size(); i++) {
        Occurrence o = out.get(i);
        if (o.clause() == null && o.end() <= c.start() && c.start() - o.end() <= 300) before = i;
      }
      if (before >= 0) {
        Hit h = out.get(before).hit();
        out.set(before, new Occurrence(h.orElse(Hit.of(c.start(), c.end())), c));
      } else {
        out.add(new Occurrence(Hit.of(c.start(), c.end()), c));
      }
    }
    out.sort(Comparator.comparingInt(Occurrence::start));
    return out;
  }

  private static boolean sameSentence(DenialClause a, DenialClause b) {
    return java.util.Objects.equals(a.action(), b.action()) && java.util.Objects.equals(a.resourceArn(), b.resourceArn())
        && java.util.Objects.equals(a.principalArn(), b.principalArn());
  }

  private static DenialClause clauseIn(Hit hit, List<DenialClause> clauses) {
    for (DenialClause c : clauses) {
      if (c.start() <= hit.end() + 2 && c.end() >= hit.start() - 2) return c;   // "… action (Service: …)" touches
    }
    return null;
  }
}
