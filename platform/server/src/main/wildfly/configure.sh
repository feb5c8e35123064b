#!/usr/bin/env bash
# Configures the unpacked WildFly and Keycloak distributions (idempotent; re-runs only when inputs change).
#   $1 target directory, $2 WildFly version, $3 Keycloak version
set -euo pipefail
target=$1; wf_version=$2; kc_version=$3
here=$(cd "$(dirname "$0")" && pwd)
wildfly="$target/wildfly"
stamp=$(cat "$here/configure.sh" "$here/configure.cli" "$here/postgresql-module.xml" | sha256sum | cut -c1-16)-$wf_version

if [ "$(cat "$wildfly/.tessera-configured" 2>/dev/null || true)" != "$stamp" ]; then
  echo "[tessera] configuring WildFly $wf_version in $wildfly"
  rm -rf "$wildfly"
  cp -a "$target/dist/wildfly-$wf_version" "$wildfly"
  module_dir="$wildfly/modules/org/postgresql/main"
  mkdir -p "$module_dir"
  cp "$target/driver/postgresql.jar" "$module_dir/postgresql.jar"
  cp "$here/postgresql-module.xml" "$module_dir/module.xml"
  JAVA_OPTS="-Xmx512m" "$wildfly/bin/jboss-cli.sh" --file="$here/configure.cli" > "$target/configure-cli.log" 2>&1 \
    || { cat "$target/configure-cli.log"; exit 1; }
  # SmartChinese (knowledge search) deserialises dictionaries with arrays beyond WildFly's default serial filter
  # limit (maxarray=100000); raise only that limit. The launcher and arquillian.xml pass the same filter.
  sed -i 's/maxarray=100000;/maxarray=1000000;/' "$wildfly/bin/standalone.conf"
  grep -q 'maxarray=1000000;' "$wildfly/bin/standalone.conf" || { echo "standalone.conf: serial filter not raised"; exit 1; }
  rm -rf "$wildfly/standalone/configuration/standalone_xml_history" "$wildfly/standalone/data" "$wildfly/standalone/log" "$wildfly/standalone/tmp"
  echo "$stamp" > "$wildfly/.tessera-configured"
fi

keycloak="$target/keycloak"
if [ ! -f "$keycloak/.tessera-unpacked-$kc_version" ]; then
  echo "[tessera] preparing Keycloak $kc_version in $keycloak"
  rm -rf "$keycloak"
  cp -a "$target/dist/keycloak-$kc_version" "$keycloak"
  touch "$keycloak/.tessera-unpacked-$kc_version"
fi
