package dev.s3403.diagnostics.check;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks are the taxonomy's 75 root causes: one class each, in its order, with its code and metadata. */
class CheckCatalogueTest {

  @Test
  void should_have_one_check_per_taxonomy_id_in_the_taxonomys_order() throws IOException {
    // GIVEN the id list of taxonomy §5.3 ("C6 perimeter-network-deny", …)
    List<String> taxonomy = lines("/checks/taxonomy-ids.txt");
    // WHEN the registry lists its checks
    List<String> ours = Checks.all().stream().map(c -> c.info().code() + " " + c.info().id()).toList();
    // THEN they are the same 75, in the same order, and each is found by its id
    then(ours).containsExactlyElementsOf(taxonomy);
    for (Check c : Checks.all()) then(Checks.byId(c.info().id())).isSameAs(c);
    then(Checks.byId("no-such-cause")).isNull();
  }

  @Test
  void should_give_every_check_a_title_a_family_matching_its_code_and_an_owner() {
    // GIVEN / WHEN every check's metadata
    for (Check c : Checks.all()) {
      CheckInfo info = c.info();
      // THEN it is complete and consistent
      then(info.title()).as(info.id()).isNotBlank().doesNotEndWith(".");
      then(info.family().name()).as(info.id()).isEqualTo(info.code().substring(0, 1));
      then(info.owner()).as(info.id()).isNotNull();
      then(info.severity()).as(info.id()).isNotNull();
      then(info.commonness()).as(info.id()).isBetween(1, CheckInfo.UNCOMMON);
      then(info.page()).isEqualTo("/checks/" + info.id() + ".md");
    }
  }

  @Test
  void should_ship_a_page_for_every_check_that_names_its_id_and_says_how_to_confirm_and_fix_it() throws IOException {
    for (Check c : Checks.all()) {
      // GIVEN a check WHEN its page is read from the classpath
      String page;
      try (InputStream in = CheckCatalogueTest.class.getResourceAsStream(c.info().page())) {
        then(in).as(c.info().page()).isNotNull();
        page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      // THEN it names the id and has the sections a reader needs, in order
      then(page).as(c.info().id()).startsWith("# ").contains("`" + c.info().id() + "`")
          .containsSubsequence("## What it means", "## How to recognise it", "## How to confirm", "## How to fix",
              "## Not to be confused with", "## References");
      then(page).as(c.info().id()).contains("fix owner: " + c.info().owner().title());
    }
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = CheckCatalogueTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
