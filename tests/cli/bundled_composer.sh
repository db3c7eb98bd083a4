#!/usr/bin/env bash
# Issue 23: Debian's own Composer, bundled with /usr/share/php (`phpovm bundle -o composer.phpo
# /usr/bin/composer /usr/share/php`), run from another directory: --version, validate and
# show --platform print what php-cli running /usr/bin/composer prints, with the same status.
set -u
PHPOVM=$1 PHP=$2
case $PHPOVM in */*) PHPOVM=$(cd "$(dirname "$PHPOVM")" && pwd)/$(basename "$PHPOVM") ;; esac
[ -f /usr/bin/composer ] || { echo "bundled_composer: /usr/bin/composer is missing (scripts/setup.sh installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
"$PHPOVM" bundle -o "$work/bin/composer.phpo" /usr/bin/composer /usr/share/php > "$work/bundle.log" 2>&1 ||
  { echo "bundled_composer: bundling failed:"; cat "$work/bundle.log"; exit 1; }
mkdir "$work/project"
cp "$(dirname "$0")/shipped_app/composer.json" "$work/project/"
failures=0
for command in "--version" "validate" "show --platform" "list --raw"; do
  # shellcheck disable=SC2086
  expected=$(cd "$work/project" && COMPOSER_HOME="$work/home" "$PHP" /usr/bin/composer $command --no-interaction 2>&1; echo "exit $?")
  # shellcheck disable=SC2086
  actual=$(cd "$work/project" && COMPOSER_HOME="$work/home" "$PHPOVM" "$work/bin/composer.phpo" $command --no-interaction 2>&1; echo "exit $?")
  if [ "$expected" != "$actual" ]; then
    echo "FAIL: composer $command"
    diff <(echo "$expected") <(echo "$actual") | head -n 20
    failures=$((failures + 1))
  fi
done
[ $failures -eq 0 ] || exit 1
echo "bundled_composer: $(stat -c %s "$work/bin/composer.phpo") bytes; --version, validate, show --platform, list as php-cli"
