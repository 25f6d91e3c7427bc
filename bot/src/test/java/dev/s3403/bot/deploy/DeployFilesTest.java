package dev.s3403.bot.deploy;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files in {@code deploy/} against their contract with the code: Slack manifests, Kubernetes, the image. */
class DeployFilesTest {
  /** Surefire runs in the module directory, {@code bot/}. */
  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final String COMMAND = "/s3-403";
  private static final String SHORTCUT_CALLBACK_ID = "s3403_diagnose_message";
  private static final List<String> BOT_EVENTS =
      List.of("message.channels", "message.groups", "message.im", "app_home_opened");
  private static final List<String> BOT_SCOPES = List.of("commands", "chat:write", "channels:history", "groups:history",
      "im:history", "metadata.message:read", "users:read");
  private static final Set<String> SECRET_VARIABLES =
      Set.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "S3403_LLM_API_KEY");
  private static final Set<String> OPTIONAL_SECRET_VARIABLES = Set.of("SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "S3403_LLM_API_KEY");
  private static final String JAR = "bot/target/s3-403.jar";
  private static final Pattern DOWNLOADER =
      Pattern.compile("\\b(curl|wget|apt-get|apt|apk|mvn|mvnw|gradle|pip|npm)\\b");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"manifest-http.yaml", "manifest-socket-mode.yaml"})
  void should_declare_the_command_and_the_shortcut_the_bot_handles_when_either_manifest_creates_the_app(String file) {
    // WHEN
    JsonNode features = manifest(file).path("features");
    // THEN
    then(features.path("slash_commands")).hasSize(1);
    JsonNode command = features.path("slash_commands").get(0);
    then(command.path("command").asText()).isEqualTo(COMMAND);
    then(command.path("usage_hint").asText()).isEqualTo("[paste an S3 AccessDenied error]");
    then(command.path("should_escape").isBoolean()).isTrue();
    then(command.path("should_escape").booleanValue()).isFalse();
    then(features.path("shortcuts")).hasSize(1);
    JsonNode shortcut = features.path("shortcuts").get(0);
    then(shortcut.path("name").asText()).isEqualTo("Diagnose S3 403");
    then(shortcut.path("type").asText()).isEqualTo("message");
    then(shortcut.path("callback_id").asText()).isEqualTo(SHORTCUT_CALLBACK_ID);
    then(features.path("app_home").path("home_tab_enabled").booleanValue()).isTrue();
    then(features.path("app_home").path("messages_tab_enabled").booleanValue()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"manifest-http.yaml", "manifest-socket-mode.yaml"})
  void should_subscribe_to_four_events_and_ask_exactly_seven_scopes_when_either_manifest_creates_the_app(String file) {
    // WHEN
    JsonNode manifest = manifest(file);
    // THEN
    then(texts(manifest.path("settings").path("event_subscriptions").path("bot_events")))
        .containsExactlyInAnyOrderElementsOf(BOT_EVENTS);
    then(texts(manifest.path("oauth_config").path("scopes").path("bot")))
        .containsExactlyInAnyOrderElementsOf(BOT_SCOPES);
    then(manifest.path("oauth_config").path("scopes").has("user")).as("user scopes").isFalse();
    then(manifest.path("settings").path("interactivity").path("is_enabled").booleanValue()).isTrue();
    then(manifest.path("settings").path("org_deploy_enabled").booleanValue()).isFalse();
    then(manifest.path("settings").path("token_rotation_enabled").booleanValue()).isFalse();
  }

  @Test
  void should_send_events_interactivity_and_the_command_to_slack_events_when_the_app_runs_over_http() {
    // WHEN
    JsonNode manifest = manifest("manifest-http.yaml");
    // THEN
    JsonNode settings = manifest.path("settings");
    then(settings.path("socket_mode_enabled").booleanValue()).isFalse();
    then(List.of(
            settings.path("event_subscriptions").path("request_url").asText(),
            settings.path("interactivity").path("request_url").asText(),
            manifest.path("features").path("slash_commands").get(0).path("url").asText()))
        .allSatisfy(url -> then(url).startsWith("https://").endsWith("/slack/events"));
  }

  @Test
  void should_enable_socket_mode_and_name_no_request_url_when_the_app_runs_over_socket_mode() {
    // WHEN
    JsonNode manifest = manifest("manifest-socket-mode.yaml");
    // THEN
    then(manifest.path("settings").path("socket_mode_enabled").isBoolean()).isTrue();
    then(manifest.path("settings").path("socket_mode_enabled").booleanValue()).isTrue();
    then(fieldNames(manifest)).doesNotContain("request_url", "url", "message_menu_options_url");
  }

  @Test
  void should_probe_healthz_on_the_port_the_server_listens_on_when_deployed() {
    // GIVEN
    JsonNode container = botContainer();
    JsonNode port = container.path("ports").get(0);
    // WHEN
    List<JsonNode> probes = Stream.of("startupProbe", "readinessProbe", "livenessProbe")
        .map(container::path).filter(probe -> !probe.isMissingNode()).toList();
    // THEN
    then(container.has("readinessProbe")).as("readinessProbe").isTrue();
    then(container.has("livenessProbe")).as("livenessProbe").isTrue();
    then(port.path("containerPort").asInt()).isEqualTo(3000);
    then(env(container, "PORT").path("value").asText()).isEqualTo("3000");
    then(probes).allSatisfy(probe -> {
      JsonNode httpGet = probe.path("httpGet");
      then(httpGet.path("path").asText()).isEqualTo("/healthz");
      JsonNode probePort = httpGet.path("port");
      then(probePort.isInt() ? probePort.asInt() : portNumber(container, probePort.asText()))
          .isEqualTo(port.path("containerPort").asInt());
    });
  }

  @Test
  void should_set_resources_and_run_as_non_root_on_a_read_only_root_when_deployed() {
    // GIVEN
    JsonNode deployment = deployment();
    JsonNode pod = deployment.path("spec").path("template").path("spec");
    JsonNode container = botContainer();
    // WHEN
    JsonNode resources = container.path("resources");
    // THEN
    then(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
    then(resources.path("requests").path("cpu").asText()).isEqualTo("250m");
    then(resources.path("requests").path("memory").asText()).isEqualTo("384Mi");
    then(resources.path("limits").path("memory").asText()).isEqualTo("768Mi");
    then(pod.path("securityContext").path("runAsNonRoot").booleanValue()).isTrue();
    then(pod.path("securityContext").path("runAsUser").asInt()).isPositive();
    then(container.path("securityContext").path("readOnlyRootFilesystem").booleanValue()).isTrue();
    then(container.path("securityContext").path("allowPrivilegeEscalation").booleanValue()).isFalse();
    String tmpVolume = mountedVolume(container, "/tmp");
    then(volume(pod, tmpVolume).has("emptyDir")).as("volume `%s` is an emptyDir", tmpVolume).isTrue();
    JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
    then(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
    then(annotations.path("prometheus.io/path").asText()).isEqualTo("/metrics");
  }

  @Test
  void should_read_only_the_known_variables_from_the_secret_when_deployed() {
    // GIVEN
    JsonNode container = botContainer();
    // WHEN
    List<JsonNode> fromSecret = new ArrayList<>();
    container.path("env").forEach(variable -> {
      if (variable.path("valueFrom").has("secretKeyRef")) fromSecret.add(variable);
    });
    // THEN
    then(container.has("envFrom")).as("envFrom would import every key of the Secret").isFalse();
    then(fromSecret).extracting(variable -> variable.path("name").asText())
        .containsExactlyInAnyOrderElementsOf(SECRET_VARIABLES);
    then(fromSecret).allSatisfy(variable -> {
      String name = variable.path("name").asText();
      JsonNode ref = variable.path("valueFrom").path("secretKeyRef");
      then(ref.path("name").asText()).as(name).isEqualTo("s3-403-secrets");
      then(ref.path("key").asText()).as(name).isEqualTo(name);
      then(ref.path("optional").asBoolean(false)).as("`%s` optional", name)
          .isEqualTo(OPTIONAL_SECRET_VARIABLES.contains(name));
    });
  }

  @Test
  void should_point_s3403_config_at_the_mounted_config_map_file_when_deployed() {
    // GIVEN
    JsonNode pod = deployment().path("spec").path("template").path("spec");
    JsonNode container = botContainer();
    Path config = Path.of(env(container, "S3403_CONFIG").path("value").asText());
    // WHEN
    JsonNode configMapVolume = volume(pod, mountedVolume(container, config.getParent().toString())).path("configMap");
    JsonNode configMap = kubernetes("ConfigMap", configMapVolume.path("name").asText());
    // THEN
    then(config.toString()).isEqualTo("/etc/s3-403/config.yaml");
    then(configMap.path("data").has(config.getFileName().toString())).isTrue();
    JsonNode channels = read(configMap.path("data").path(config.getFileName().toString()).asText()).path("channels");
    then(channels.fieldNames()).toIterable().isNotEmpty();
    then(channels.elements()).toIterable().allSatisfy(channel -> {
      then(channel.path("autoDetect").isBoolean()).isTrue();
      then(channel.path("accounts").isArray()).isTrue();
    });
  }

  @Test
  void should_apply_every_kubernetes_file_but_the_secret_example_when_kustomized() throws IOException {
    // GIVEN
    Path dir = DEPLOY.resolve("kubernetes");
    List<String> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml")).toList();
    }
    // WHEN
    JsonNode kustomization = readAll(dir.resolve("kustomization.yaml")).get(0);
    // THEN
    then(texts(kustomization.path("resources"))).containsExactlyInAnyOrderElementsOf(files.stream()
        .filter(name -> !Set.of("kustomization.yaml", "secret.example.yaml").contains(name))
        .toList());
  }

  @Test
  void should_hold_the_required_keys_and_only_known_ones_when_the_secret_example_is_filled_in() {
    // WHEN
    JsonNode secret = kubernetes("Secret", "s3-403-secrets");
    // THEN
    then(secret.path("stringData").fieldNames()).toIterable()
        .containsAll(SECRET_VARIABLES.stream().filter(name -> !OPTIONAL_SECRET_VARIABLES.contains(name)).toList())
        .allSatisfy(key -> then(SECRET_VARIABLES).contains(key));
    then(secret.path("stringData").elements()).toIterable()
        .allSatisfy(value -> then(value.asText()).startsWith("REPLACE"));
  }

  @Test
  void should_copy_the_prebuilt_jar_and_run_it_as_a_non_root_user_when_the_image_is_built() {
    // WHEN
    List<String[]> instructions = dockerfile();
    // THEN
    List<List<String>> jarCopies = arguments(instructions, "COPY").stream()
        .map(copy -> Stream.of(copy.split("\\s+")).filter(word -> !word.startsWith("--")).toList())
        .filter(paths -> paths.get(0).equals(JAR))
        .toList();
    then(jarCopies).as("COPY %s", JAR).hasSize(1);
    then(jarCopies.get(0)).as("COPY %s DESTINATION", JAR).hasSize(2);
    String target = jarCopies.get(0).get(1);
    then(arguments(instructions, "ENTRYPOINT"))
        .containsExactly("[\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"" + target + "\"]");
    then(arguments(instructions, "CMD")).containsExactly("[\"serve\"]");
    then(arguments(instructions, "EXPOSE")).containsExactly("3000");
    then(arguments(instructions, "FROM")).singleElement().asString().startsWith("eclipse-temurin:21-jre");
    then(arguments(instructions, "USER")).last().asString().doesNotStartWith("0").doesNotStartWith("root");
  }

  @Test
  void should_download_nothing_when_the_image_is_built() {
    // WHEN
    List<String[]> instructions = dockerfile();
    // THEN
    then(arguments(instructions, "RUN")).allSatisfy(run -> then(DOWNLOADER.matcher(run).find()).as(run).isFalse());
    then(arguments(instructions, "ADD")).as("ADD can fetch URLs and unpack archives; COPY cannot").isEmpty();
  }

  private static JsonNode manifest(String file) {
    return readAll(DEPLOY.resolve("slack").resolve(file)).get(0);
  }

  private static JsonNode deployment() {
    return kubernetes("Deployment", "s3-403");
  }

  private static JsonNode botContainer() {
    JsonNode containers = deployment().path("spec").path("template").path("spec").path("containers");
    then(containers).hasSize(1);
    return containers.get(0);
  }

  /** The one object of this kind and name among every document of every file in {@code deploy/kubernetes}. */
  private static JsonNode kubernetes(String kind, String name) {
    try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
      List<JsonNode> found = files.filter(file -> file.toString().endsWith(".yaml"))
          .flatMap(file -> readAll(file).stream())
          .filter(doc -> doc.path("kind").asText().equals(kind))
          .filter(doc -> doc.path("metadata").path("name").asText().equals(name))
          .toList();
      then(found).as("%s `%s`", kind, name).hasSize(1);
      return found.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode env(JsonNode container, String name) {
    for (JsonNode variable : container.path("env")) {
      if (variable.path("name").asText().equals(name)) return variable;
    }
    throw new AssertionError("no env variable `" + name + "`");
  }

  private static int portNumber(JsonNode container, String name) {
    for (JsonNode port : container.path("ports")) {
      if (port.path("name").asText().equals(name)) return port.path("containerPort").asInt();
    }
    throw new AssertionError("no container port named `" + name + "`");
  }

  private static String mountedVolume(JsonNode container, String mountPath) {
    for (JsonNode mount : container.path("volumeMounts")) {
      if (mount.path("mountPath").asText().equals(mountPath)) return mount.path("name").asText();
    }
    throw new AssertionError("nothing mounted at `" + mountPath + "`");
  }

  private static JsonNode volume(JsonNode pod, String name) {
    for (JsonNode volume : pod.path("volumes")) {
      if (volume.path("name").asText().equals(name)) return volume;
    }
    throw new AssertionError("no volume `" + name + "`");
  }

  private static List<JsonNode> readAll(Path file) {
    try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
      return docs.readAll().stream().filter(doc -> doc != null && !doc.isNull()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }

  /** Every member name at any depth. */
  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isObject()) {
      node.properties().forEach(field -> {
        names.add(field.getKey());
        names.addAll(fieldNames(field.getValue()));
      });
    }
    if (node.isArray()) node.forEach(element -> names.addAll(fieldNames(element)));
    return names;
  }

  /**
   * The Dockerfile as {instruction, arguments} pairs: comments dropped, continuation lines joined. Enough for the
   * instructions this image uses; not a full parser (no heredocs, no escape directive).
   */
  private static List<String[]> dockerfile() {
    List<String> lines;
    try {
      lines = Files.readAllLines(DEPLOY.resolve("container").resolve("Dockerfile"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String[]> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) continue;
      boolean continued = trimmed.endsWith("\\");
      current.append(continued ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
      if (continued) continue;
      String instruction = current.toString().strip();
      current.setLength(0);
      String[] split = instruction.split("\\s+", 2);
      instructions.add(new String[] {split[0].toUpperCase(), split.length > 1 ? split[1] : ""});
    }
    then(current.toString()).as("an unfinished instruction at the end of the Dockerfile").isBlank();
    return instructions;
  }

  private static List<String> arguments(List<String[]> instructions, String instruction) {
    return instructions.stream().filter(pair -> pair[0].equals(instruction)).map(pair -> pair[1]).toList();
  }
}
