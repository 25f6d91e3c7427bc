package dev.s3403.diagnostics.evidence.aws;

import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds a collector to its {@code actions()}: after each test, every request sent must be one of them; after the
 * class, if asked, every one of them must have been sent by some test (so the list holds nothing never called).
 */
final class ActionAudit implements AfterEachCallback, AfterAllCallback {
  private final WireMockExtension wm;
  private final Collector collector;
  private final boolean allUsed;
  private final Set<String> sent = new TreeSet<>();

  private ActionAudit(WireMockExtension wm, Collector collector, boolean allUsed) {
    this.wm = wm;
    this.collector = collector;
    this.allUsed = allUsed;
  }

  /** Every request is a declared action, and every declared action is sent by some test of the class. */
  static ActionAudit everyActionUsed(WireMockExtension wm, Collector collector) {
    return new ActionAudit(wm, collector, true);
  }

  /** Every request is a declared action. */
  static ActionAudit onlyDeclared(WireMockExtension wm, Collector collector) {
    return new ActionAudit(wm, collector, false);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Set<String> now = AwsWire.sentActions(wm);
    then(collector.actions()).as("actions() of %s", collector.name()).containsAll(now);
    sent.addAll(now);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (allUsed) then(sent).as("actions sent by the tests of %s", collector.name()).containsAll(collector.actions());
  }
}
