# Sourced by bin/briefing and bin/mvn: finds the newest JDK >= 21 (JAVA_HOME, /usr/lib/jvm, /opt, SDKMAN,
# PATH), so that nobody has to set JAVA_HOME by hand on a machine whose default java is older.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'; }

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] && candidates+=("$d")
  done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local best="" best_major=0 major
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(java_major "$c/bin/java")
    major=${major%%.*}
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$c"; best_major=$major
    fi
  done
  [ -n "$best" ] || { echo "briefing: no JDK 21 or newer found (looked in JAVA_HOME, /usr/lib/jvm, PATH); install one, e.g. apt-get install openjdk-21-jdk" >&2; exit 1; }
  echo "$best"
}
