#!/usr/bin/env bash
# php-cli's modes and options, run under php-cli and phpovm with the same arguments and standard
# input: stdout, stderr and the exit status must be the same (where php-cli's text names itself or
# its build, only that part is left out). Covers a script from standard input, "--", clustered
# flags, -f, -l, -s, -w, -B/-R/-F/-E, -a, -e, -H, -C, -q, -i, -m, -v, --ini, --rf/--rc/--re/--rz/
# --ri, getopt's errors and mode conflicts; and the same with an image where php-cli has a file.
set -u
PHPOVM=$1 PHP=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here"/php_cli_modes/* "$work"/
cd "$work" || exit 1
for f in line plain; do
  "$PHPOVM" compile -n $f.php -o $f.phpo || { echo "php-cli modes: compile failed"; exit 1; }
done
failures=0 checked=0

# run BIN STDIN ARGS...: stdout, then "--stderr--", stderr, then the exit status.
run() {
  local bin=$1 input=$2; shift 2
  local out err rc
  out=$("$bin" "$@" < "$input" 2> err.txt | tr '\0' '@'; exit "${PIPESTATUS[0]}"); rc=$?
  printf '%s\n--stderr--\n%s\n--exit %d--\n' "$out" "$(cat err.txt)" "$rc"
}
# same STDIN ARGS...: phpovm and php-cli agree.
same() {
  local input=$1; shift
  checked=$((checked + 1))
  local want got
  want=$(run "$PHP" "$input" "$@") got=$(run "$PHPOVM" "$input" "$@")
  if [ "$want" != "$got" ]; then
    failures=$((failures + 1))
    echo "FAIL: $* < $input"
    diff <(echo "$want") <(echo "$got") | head -20
  fi
}
# like WANT_STDIN GOT_STDIN WANT_ARGS :: GOT_ARGS: phpovm with GOT_ARGS (an image where php-cli
# has its source) prints what php-cli prints with WANT_ARGS.
like() {
  local want_input=$1 got_input=$2; shift 2
  local want_args=() got_args=()
  while [ "$1" != "::" ]; do want_args+=("$1"); shift; done
  shift
  got_args=("$@")
  checked=$((checked + 1))
  local want got
  want=$(run "$PHP" "$want_input" "${want_args[@]}" | sed 's/\.php\b/.X/g')
  got=$(run "$PHPOVM" "$got_input" "${got_args[@]}" | sed 's/\.phpo\b/.X/g')
  if [ "$want" != "$got" ]; then
    failures=$((failures + 1))
    echo "FAIL: ${got_args[*]} < $got_input (like ${want_args[*]} < $want_input)"
    diff <(echo "$want") <(echo "$got") | head -20
  fi
}
none=/dev/null

# Scripts: from a file, from standard input, after "--", with -f; arguments after "--".
same "$none" -n script.php a -b -- c
same "$none" -n -f script.php -- -x y
same script.php -n
same script.php -n -- a b
same script.php -n -q -- -a
same script.php -n -
same "$none" -n missing.php
same script.php -n -C -q -d precision=5
# Clustered flags and the forms of a value.
same "$none" -nr 'echo 5, PHP_EOL;'
same "$none" -n -dprecision=4 -r 'echo 1/3, PHP_EOL;'
same "$none" -n -d=precision=4 -r 'echo 1/3, PHP_EOL;'
same "$none" -n --define precision=4 --run 'echo 1/3, PHP_EOL;'
same "$none" -n -r 'var_dump($argv, $_SERVER["SCRIPT_FILENAME"], $_SERVER["PHP_SELF"]);' -- -a b
same "$none" -n -r 'var_dump($argv);' a b
# -r: diagnostics name their function, display_errors applies, start-up warnings come first.
same "$none" -n -d display_errors=1 -r 'fopen("/nonexistent/x", "r"); echo "after\n";'
same "$none" -n -d display_errors=0 -d log_errors=1 -r 'fopen("/nonexistent/x", "r"); echo "after\n";'
same "$none" -n -d extension=phpovm_missing_extension -r 'echo "x\n";'
same "$none" -n -r 'var_dump(getenv("PHP_INI_SCAN_DIR"), isset($_ENV["PHP_INI_SCAN_DIR"]));'
# A start-up that fails (a removed directive): libphp's fatal error, exit status 1, nothing more.
same "$none" -n -d magic_quotes_gpc=1 -r 'echo "never\n";'
# Lint.
same "$none" -n -l script.php
same "$none" -n -l syntax_error.php
same syntax_error.php -n -l
same "$none" -n -l missing.php
# Highlighting and stripping.
same "$none" -n -s script.php
same script.php -n -s
same "$none" -n -w script.php
same script.php -n -w
# Lines of standard input: -B, -R, -F, -E, $argn and $argi, exit() and exceptions.
same lines.txt -n -B 'echo "begin\n";' -R 'var_dump($argn, $argi);' -E 'echo "end $argi\n";'
same lines.txt -n -R 'echo strtoupper($argn), "\n";' -- a b
same lines.txt -n -F line.php
same lines.txt -n -F line.php -E 'echo "end\n";'
same lines.txt -n -B 'var_dump($_SERVER["SCRIPT_FILENAME"], $argv);' -R 'if ($argi == 2) exit(3); echo $argn;' -E 'echo "never\n";'
same lines.txt -n -R 'echo $argn; throw new RuntimeException("on line $argi");'
# The interactive shell (the readline extension's, as in php-cli).
if "$PHP" -m | grep -qx readline; then
  same shell.txt -a
  same shell.txt -a -d cli.prompt='> '
fi
# Options that change nothing visible here.
same "$none" -n -e -r 'echo "extended\n";'
same "$none" -n -z /nonexistent/zend_extension.so -r 'echo "z\n";'
same script.php -n -H script.php one
# Reports.
same "$none" -n -m
same "$none" -m
same "$none" --ini
same "$none" -n --ini
same "$none" -n --rf strlen
same "$none" -n --rf ArrayObject::count
same "$none" -n --rf no_such_function
same "$none" -n --rc Countable
same "$none" -n --rc NoSuchClass
same "$none" -n --re json
same "$none" -n --re no_such_extension
same "$none" -n --rz no_such_zend_extension
same "$none" -n --ri json
same "$none" -n --ri main
same "$none" -n --ri no_such_extension
# -i: its environment's "_" names the program run.
checked=$((checked + 1))
want=$("$PHP" -n -i | grep -v "^_ =>\|\['_'\]\|REQUEST_TIME") got=$("$PHPOVM" -n -i | grep -v "^_ =>\|\['_'\]\|REQUEST_TIME")
[ "$want" = "$got" ] || { failures=$((failures + 1)); echo "FAIL: -i"; diff <(echo "$want") <(echo "$got") | head -20; }
# Refused command lines: getopt's complaint and the usage (which names the program), conflicts.
for bad in -X -r --no-such-option --rf; do
  checked=$((checked + 1))
  want=$("$PHP" -n $bad 2>&1 >/dev/null; echo "exit $?") got=$("$PHPOVM" -n $bad 2>&1 >/dev/null; echo "exit $?")
  [ "$want" = "$got" ] || { failures=$((failures + 1)); echo "FAIL: $bad: php-cli: $want; phpovm: $got"; }
done
same "$none" -n -r 'echo 1;' -f script.php
same "$none" -n -r 'echo 1;' -r 'echo 2;'
same "$none" -n -R 'echo 1;' -F line.php
same "$none" -n -r 'echo 1;' -s
same "$none" -n -r 'echo 1;' -w
same "$none" -n -B 1 -B 2
same "$none" -n -E 1 -E 2
same "$none" -n -a -r 'echo 1;'
# The same with images where php-cli has source.
like "$none" "$none" -n plain.php a :: -n plain.phpo a
like plain.php plain.phpo -n -- a :: -n -- a
like "$none" "$none" -n -l plain.php :: -n -l plain.phpo
like lines.txt lines.txt -n -F line.php :: -n -F line.phpo

# -v: php-cli's lines (its build date aside), then phpovm's.
checked=$((checked + 1))
want=$("$PHP" -n -v | sed 's/(built: [^)]*)/(built)/') got=$("$PHPOVM" -n -v | sed 's/(built: [^)]*)/(built)/')
if [ "$(head -n "$(wc -l <<< "$want")" <<< "$got")" != "$want" ] || ! tail -1 <<< "$got" | grep -q "^    with phpovm v"; then
  failures=$((failures + 1)); echo "FAIL: -v"; diff <(echo "$want") <(echo "$got")
fi
# An image that is not good is refused on standard input too, with its one-line message.
checked=$((checked + 1))
head -c 100 plain.phpo > truncated.phpo
out=$("$PHPOVM" -n < truncated.phpo 2>&1); rc=$?
[ $rc -eq 1 ] && [ "$out" = "phpovm: Standard input code: invalid image: truncated section table" ] ||
  { failures=$((failures + 1)); echo "FAIL: a truncated image on standard input (exit $rc): $out"; }

[ $failures -eq 0 ] && echo "php-cli modes: $checked command lines behave as php-cli's"
exit $((failures != 0))
