<?php
// The Throwable API: message, code, previous, line, file, trace, __toString, ErrorException.
function clean($s) { return str_replace(__DIR__ . DIRECTORY_SEPARATOR, '', $s); }
$prev = new InvalidArgumentException("root cause", 11);
$e = new RuntimeException("top level", 22, $prev);
var_dump($e->getMessage(), $e->getCode(), $e->getPrevious() === $prev, $prev->getPrevious());
var_dump($e->getLine(), basename($e->getFile()));
$d = new Exception();
var_dump($d->getMessage(), $d->getCode(), $d->getPrevious());
$n = new Exception(code: 5, message: "named");
var_dump($n->getMessage(), $n->getCode());
$s = new Exception("coerced", "17");
var_dump($s->getCode());
$err = new Error("err", -1);
var_dump($err->getCode(), $err->getMessage());
// Walking a chain.
$chain = new LogicException("c3", 3, new RuntimeException("c2", 2, new Exception("c1", 1)));
for ($x = $chain; $x !== null; $x = $x->getPrevious()) {
    echo get_class($x), ":", $x->getMessage(), ":", $x->getCode(), "\n";
}
// Created at top level: the trace is empty.
var_dump($e->getTrace(), $e->getTraceAsString());
// __toString (paths made relative).
echo clean((string) $prev), "\n";
echo "---\n";
echo clean((string) $e), "\n";
echo "---\n";
// ErrorException carries severity, file and line given to the constructor.
$ee = new ErrorException("ee msg", 1, E_WARNING, "somefile.php", 99);
var_dump($ee->getSeverity(), $ee->getFile(), $ee->getLine(), $ee->getCode());
$ee2 = new ErrorException("defaults");
var_dump($ee2->getSeverity(), $ee2->getLine() === __LINE__ - 1);
// Created inside a function: the line of `new`, and a one-frame trace.
function make($msg) {
    return new Exception($msg);
}
$m = make("made");
var_dump($m->getLine());
echo clean($m->getTraceAsString()), "\n";
// Multi-line message and an empty message in __toString.
echo clean((string) new Exception("line1\nline2")), "\n";
echo clean((string) new Error("")), "\n";
// Throwing a TypeError for a wrong constructor argument.
try {
    new Exception([]);
} catch (TypeError $t) {
    echo $t->getMessage(), "\n";
}
