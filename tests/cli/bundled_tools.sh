#!/usr/bin/env bash
# Issue 23: Debian's own tools bundled with /usr/share/php and run from another directory print
# what php-cli running them from /usr prints, with the same status: Composer (`phpovm bundle -o
# composer.phpo /usr/bin/composer /usr/share/php`: --version, validate, show --platform, list)
# and PHPUnit (a small suite with a data provider and a failure, whose report leaves PHPUnit's
# own frames out by comparing realpath($_SERVER['SCRIPT_NAME']) with each frame's file).
set -u
PHPOVM=$1 PHP=$2
case $PHPOVM in */*) PHPOVM=$(cd "$(dirname "$PHPOVM")" && pwd)/$(basename "$PHPOVM") ;; esac
[ -f /usr/bin/composer ] || { echo "bundled_tools: /usr/bin/composer is missing (scripts/setup.sh installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
"$PHPOVM" bundle -o "$work/bin/composer.phpo" /usr/bin/composer /usr/share/php > "$work/bundle.log" 2>&1 ||
  { echo "bundled_tools: bundling failed:"; cat "$work/bundle.log"; exit 1; }
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

"$PHPOVM" bundle -o "$work/bin/phpunit.phpo" /usr/bin/phpunit /usr/share/php > "$work/bundle.log" 2>&1 ||
  { echo "bundled_tools: bundling phpunit failed:"; cat "$work/bundle.log"; exit 1; }
mkdir -p "$work/suite/tests"
cat > "$work/suite/tests/MathTest.php" <<'PHP'
<?php
use PHPUnit\Framework\TestCase;

final class MathTest extends TestCase
{
    public function testAdd(): void { $this->assertSame(4, 2 + 2); }

    /** @dataProvider pairs */
    public function testPairs(int $a, int $b, int $sum): void { $this->assertSame($sum, $a + $b); }

    public static function pairs(): array { return [[1, 2, 3], [2, 2, 4], [5, 5, 10]]; }

    public function testFails(): void { $this->assertSame('a', 'b'); }
}
PHP
expected=$(cd "$work/suite" && "$PHP" /usr/bin/phpunit tests 2>&1 | grep -v '^Time: '; echo "exit ${PIPESTATUS[0]}")
actual=$(cd "$work/suite" && "$PHPOVM" "$work/bin/phpunit.phpo" tests 2>&1 | grep -v '^Time: '; echo "exit ${PIPESTATUS[0]}")
if [ "$expected" != "$actual" ]; then
  echo "FAIL: phpunit"
  diff <(echo "$expected") <(echo "$actual") | head -n 20
  failures=$((failures + 1))
fi
[ $failures -eq 0 ] || exit 1
echo "bundled_tools: composer (--version, validate, show --platform, list) and phpunit run as php-cli"
