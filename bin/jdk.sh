# Sourced by bin/briefing and bin/mvn: finds the newest JDK >= 21 (JAVA_HOME, /usr/lib/jvm, /opt, SDKMAN,
# PATH), so that nobody has to set JAVA_HOME by hand on a machine whose default java is older.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'; }

jdk_candidates() {
  [ -n "${JAVA_HOME:-}" ] && echo "$JAVA_HOME"
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$d" ] && echo "$d"
  done
  if command -v java >/dev/null 2>&1; then
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
}

find_jdk() {
  # asking each JDK its version starts a JVM per JDK; the answer is kept until the candidates change
  local cache="${HOME_DIR:-.}/target/.jdk" list
  list="$(jdk_candidates)"
  if [ -f "$cache" ] && [ "$(tail -n +2 "$cache")" = "$list" ] && [ -x "$(head -1 "$cache")/bin/java" ]; then
    head -1 "$cache"
    return
  fi
  local best="" best_major=0 major c
  while IFS= read -r c; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(java_major "$c/bin/java")
    major=${major%%.*}
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$c"; best_major=$major
    fi
  done <<< "$list"
  [ -n "$best" ] || { echo "briefing: no JDK 21 or newer found (looked in JAVA_HOME, /usr/lib/jvm, PATH); install one, e.g. apt-get install openjdk-21-jdk" >&2; exit 1; }
  { mkdir -p "$(dirname "$cache")" && printf '%s\n%s\n' "$best" "$list" > "$cache"; } 2>/dev/null || true
  echo "$best"
}
