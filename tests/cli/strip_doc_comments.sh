#!/usr/bin/env bash
# Doc comments are kept in an image (Reflection reads them as php-cli does) unless the image is
# compiled with --strip-doc-comments: then Reflection sees none (false, as for code without
# comments) and the comments' text is not in the image at all.
set -u
PHPOVM=$1 PHP=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > app.php <<'PHP'
<?php
/** The SECRET-FUNCTION comment. */
function f() {}
/** The SECRET-CLASS comment. */
class C {
    /** The SECRET-CONSTANT comment. */
    const K = 1;
    /** The SECRET-PROPERTY comment. */
    public $p;
    /** The SECRET-METHOD comment. */
    public function m() {}
}
$r = new ReflectionClass('C');
var_dump((new ReflectionFunction('f'))->getDocComment(), $r->getDocComment(), $r->getReflectionConstant('K')->getDocComment(),
         $r->getProperty('p')->getDocComment(), $r->getMethod('m')->getDocComment());
PHP
sed 's|/\*\*.*\*/||' app.php > bare.php
fail=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then
    echo "strip_doc_comments: $1 differs from php-cli:"
    diff <(echo "$2") <(echo "$3") | head -20
    fail=1
  fi
}
"$PHPOVM" compile app.php -o kept.phpo && "$PHPOVM" compile --strip-doc-comments app.php -o stripped.phpo ||
  { echo "strip_doc_comments: compile failed"; exit 1; }
check "kept image" "$("$PHP" -n app.php 2>&1; echo "exit $?")" "$("$PHPOVM" -n kept.phpo 2>&1; echo "exit $?")"
check "stripped image" "$("$PHP" -n bare.php 2>&1; echo "exit $?")" "$("$PHPOVM" -n stripped.phpo 2>&1; echo "exit $?")"
if grep -q SECRET stripped.phpo; then echo "strip_doc_comments: a comment's text is still in the stripped image"; fail=1; fi
if ! grep -q SECRET kept.phpo; then echo "strip_doc_comments: the kept image has no comments"; fail=1; fi
[ $fail -eq 0 ] && echo "strip_doc_comments: kept and stripped images as php-cli runs the source with and without comments"
exit $fail
