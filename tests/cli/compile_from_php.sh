#!/usr/bin/env bash
# Issue 23: phpovm_compile_file(string $file, string $image): bool, for build tools and Composer
# scripts: it compiles as `phpovm compile` does, and throws an Error naming the problem.
set -u
PHPOVM=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir -p src/Lib out
echo '<?php function lib_hello() { return "hello from " . basename(__FILE__) . " in " . basename(__DIR__); }' > src/Lib/hello.php
echo '<?php namespace Lib; class Box { public function __construct(public int $n) {} }' > src/Lib/Box.php
printf '<?php\necho 1\necho 2;\n' > src/bad.php
cat > build.php <<'PHP'
<?php
// A build script: compiles a tree of sources into out/ with phpovm_compile_file().
var_dump(function_exists('phpovm_compile_file'));
$files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(__DIR__ . '/src', FilesystemIterator::SKIP_DOTS));
$names = [];
foreach ($files as $file) $names[] = substr($file->getPathname(), strlen(__DIR__ . '/src/'));
sort($names);
foreach ($names as $name) {
    @mkdir(dirname(__DIR__ . "/out/$name"), 0777, true);
    try {
        $done = phpovm_compile_file(__DIR__ . "/src/$name", __DIR__ . "/out/$name");
        echo $name, ": ", var_export($done, true), "\n";
    } catch (Error $e) {
        echo $name, ": ", get_class($e), ": ", $e->getMessage(), " (line ", $e->getLine(), ")\n";
    }
}
foreach ([['nope.php', 'x.phpo'], [__DIR__ . '/src/Lib/hello.php', '/nonexistent/dir/x.phpo']] as [$from, $to]) {
    try {
        phpovm_compile_file($from, $to);
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try { phpovm_compile_file(__DIR__ . '/src'); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
PHP
cat > run.php <<'PHP'
<?php
require __DIR__ . '/out/Lib/hello.php';
require __DIR__ . '/out/Lib/Box.php';
echo lib_hello(), "\n", (new Lib\Box(7))->n, "\n";
echo substr(file_get_contents(__DIR__ . '/out/Lib/Box.php'), 0, 6), "\n";
var_dump(file_exists(__DIR__ . '/out/bad.php'));
PHP
expected="bool(true)
Lib/Box.php: true
Lib/hello.php: true
bad.php: ParseError: syntax error, unexpected token \"echo\", expecting \",\" or \";\" (line 3)
Error: phpovm_compile_file(): nope.php: No such file or directory
Error: phpovm_compile_file(): /nonexistent/dir/x.phpo: No such file or directory
phpovm_compile_file() expects exactly 2 arguments, 1 given
exit 0
hello from hello.php in Lib
7
<?phpo
bool(false)
exit 0"
actual=$("$PHPOVM" -n build.php 2>&1; echo "exit $?"; rm -r src; "$PHPOVM" -n run.php 2>&1; echo "exit $?")
if [ "$expected" != "$actual" ]; then
  echo "FAIL: phpovm_compile_file"
  diff <(echo "$expected") <(echo "$actual")
  exit 1
fi
echo "compile_from_php: phpovm_compile_file compiles a tree from PHP code and throws for what it cannot"
