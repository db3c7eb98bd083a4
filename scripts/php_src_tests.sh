#!/usr/bin/env bash
# Runs php-src's own tests with run-tests.php, under php-cli and under phpovm as the binary, and
# reports how many of the tests php-cli passes phpovm passes too (issue 22's measure; too long for
# CI: about 8,700 tests, 3 minutes per binary on 2 cores).
#
#   scripts/php_src_tests.sh DIR [PHPOVM]
#
# DIR holds php-src's test folders (Zend/tests, tests/lang, ext/standard/tests, ext/spl/tests,
# ext/json/tests, ext/pcre/tests), taken from the PHP-8.2 branch and kept outside the repository,
# for example from the mirror of github:subveyninja/php-src-kos at 2086740c9eac:
#   git -C MIRROR archive 2086740c9eac Zend/tests tests/lang ext/standard/tests ext/spl/tests \
#       ext/json/tests ext/pcre/tests | tar -x -C DIR
# run-tests.php is php8.2-dev's (/usr/lib/php/20220829/build/run-tests.php). PHPOVM defaults to
# build/phpovm. Lists the tests php-cli passes and phpovm fails; spec/differences.md names those
# left failing by design.
set -uo pipefail
dir=${1:?usage: scripts/php_src_tests.sh DIR [PHPOVM]}
root=$(cd "$(dirname "$0")/.." && pwd)
phpovm=$(realpath "${2:-$root/build/phpovm}")
runner=/usr/lib/php/20220829/build/run-tests.php
[ -r "$runner" ] || { echo "php_src_tests: no $runner (Debian: php8.2-dev)"; exit 1; }
cd "$dir" || exit 1
cp "$runner" run-tests.php
suites=(Zend/tests tests/lang ext/standard/tests ext/spl/tests ext/json/tests ext/pcre/tests)
for s in "${suites[@]}"; do [ -d "$s" ] || { echo "php_src_tests: $dir/$s is missing"; exit 1; }; done
run() {  # BIN NAME: runs the suites, writes NAME.failed (the failing tests) and NAME.log
  TEST_PHP_EXECUTABLE=$1 php run-tests.php -p "$1" -j2 -q --offline -w "$2.failed" "${suites[@]}" > "$2.log" 2>&1
  tr '\r' '\n' < "$2.log" | grep -a -E "^Tests passed" | head -1
}
echo "php-cli: $(run "$(command -v php)" php)"
echo "phpovm:  $(run "$phpovm" phpovm)"
php_passed=$(tr '\r' '\n' < php.log | grep -a -E "^Tests passed" | awk '{print $4}')
lost=$(comm -13 <(sort php.failed) <(sort phpovm.failed))
n=$(grep -c . <<< "$lost")
awk -v p="$php_passed" -v n="$n" 'BEGIN { printf "phpovm passes %d of the %d tests php-cli passes (%.2f%%)\n", p - n, p, 100 * (p - n) / p }'
[ -n "$lost" ] && { echo "php-cli passes, phpovm fails:"; sed "s|^$PWD/||" <<< "$lost"; }
exit 0
