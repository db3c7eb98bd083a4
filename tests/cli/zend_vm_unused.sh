#!/usr/bin/env bash
# DESIGN.md decision 4: builtins that call back into user code (array_map, usort,
# preg_replace_callback, call_user_func) run it on phpovm. With PHPOVM_TRAP_ZEND_VM=1 every handler
# of Zend's own VM aborts the process, so matching php-cli's output proves Zend ran no user opline.
set -u
PHPOVM=$1 PHP=$2
dir=$(cd "$(dirname "$0")" && pwd)
expected=$("$PHP" -n "$dir/callbacks.php" 2>&1)
actual=$(PHPOVM_TRAP_ZEND_VM=1 "$PHPOVM" -n "$dir/callbacks.php" 2>&1)
rc=$?
if [ $rc -ne 0 ] || [ "$expected" != "$actual" ]; then
  echo "zend vm unused: FAIL (exit $rc)"; diff <(echo "$expected") <(echo "$actual"); exit 1
fi
echo "zend vm unused: Zend's executor ran no user opline"
