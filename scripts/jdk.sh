# Sourced by ./chronograph and ./mvnw: finds a JDK 21 or newer, the same way for both.
# find_jdk prints its home: $JAVA_HOME when it is a JDK 21+, else the first JDK 21+ under /usr/lib/jvm
# (Temurin 25, then 21, then any other), else the JDK of the `java` on the PATH when it is 21+; it fails when none is.

# The feature release of a java binary: 17, 21, 25...
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }

find_jdk() {
  local cand on_path=""
  if command -v java >/dev/null 2>&1 && command -v readlink >/dev/null 2>&1; then
    on_path="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/* \
              /Library/Java/JavaVirtualMachines/*/Contents/Home "$on_path"; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    if [ "$(java_major "$cand/bin/java")" -ge 21 ] 2>/dev/null; then echo "$cand"; return 0; fi
  done
  return 1
}

# Sets JAVA_HOME to a JDK 21+ and puts it first on the PATH, or says what is missing and exits.
use_jdk() {
  local jdk
  if ! jdk="$(find_jdk)"; then
    echo "$1: needs a JDK 21 or newer; set JAVA_HOME to one (found none under /usr/lib/jvm, nor on the PATH)" >&2
    exit 1
  fi
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}
