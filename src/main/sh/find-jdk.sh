# Sourced by the launchers (./chronograph, ./chronograph-spark): finds a JDK 21+ and exports JAVA_HOME to it.
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }

find_jdk() {
  local cand
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    if [ "$(java_major "$cand/bin/java")" -ge 21 ] 2>/dev/null; then echo "$cand"; return 0; fi
  done
  return 1
}

# use_jdk NAME: exports JAVA_HOME to a JDK 21+, or says why not and exits
use_jdk() {
  local jdk
  if ! jdk="$(find_jdk)"; then
    echo "$1: needs a JDK 21 or newer; set JAVA_HOME to one (found none under /usr/lib/jvm)" >&2
    exit 1
  fi
  export JAVA_HOME="$jdk"
}
