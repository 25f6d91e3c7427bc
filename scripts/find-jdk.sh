# Sourced by ./s3-403 and .ci/run. Prints the home of an installed JDK of the given major version or newer
# (JAVA_HOME first, then java on PATH, then the usual install places); returns 1 when there is none.
find_jdk() {
  local want="$1" candidate version best="" best_version=0
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for candidate in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
      "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] || continue
    version=$(jdk_major "$candidate") || continue
    if [ "$version" -ge "$want" ] && [ "$version" -gt "$best_version" ]; then
      best="$candidate"
      best_version="$version"
    fi
    # JAVA_HOME, when it is new enough, is what the user chose: take it.
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$version" -ge "$want" ]; then
      best="$candidate"
      break
    fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

# The major version of a JDK home, from its release file, or from `java -version` when there is none.
jdk_major() {
  local home="$1" line
  if [ -f "$home/release" ]; then
    line=$(grep -m1 '^JAVA_VERSION=' "$home/release" | tr -d '"')
    line=${line#JAVA_VERSION=}
  else
    line=$("$home/bin/java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
  fi
  line=${line#1.}
  line=${line%%.*}
  line=${line%%-*}
  case "$line" in ''|*[!0-9]*) return 1 ;; esac
  printf '%s\n' "$line"
}

JDK_MISSING_MESSAGE="needs a JDK 21 or newer, and none was found in JAVA_HOME, on PATH or under /usr/lib/jvm; install one (for example: apt-get install openjdk-21-jdk-headless, or Temurin 21 from adoptium.net) or set JAVA_HOME to it"
