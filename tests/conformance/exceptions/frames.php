<?php
// Exceptions through several function frames: getLine, getFile, getTrace, getTraceAsString.
function clean($s) { return str_replace(__DIR__ . DIRECTORY_SEPARATOR, '', $s); }
function lvl3($x) {
    if ($x > 2) throw new RangeException("x too big: $x");
    return $x;
}
function lvl2($x) { return lvl3($x + 1) * 10; }
function lvl1($x) {
    $r = lvl2($x * 2);
    echo "lvl1 done\n";
    return $r;
}
var_dump(lvl1(0));
try {
    lvl1(1);
} catch (RangeException $e) {
    echo $e->getMessage(), "\n";
    echo "line ", $e->getLine(), " file ", basename($e->getFile()), "\n";
    echo clean($e->getTraceAsString()), "\n";
    $t = $e->getTrace();
    echo count($t), " frames\n";
    foreach ($t as $i => $f) {
        echo "$i: ", $f['function'], " line ", $f['line'], " file ", basename($f['file']),
            " args ", json_encode($f['args'] ?? null), "\n";
    }
}
// Various argument kinds in the trace string.
function show($a, $b, $c, $d, $e, $f) {
    throw new Exception("args");
}
try {
    show(1, 2.5, "a string that is rather long to be cut", [1, 2], null, true);
} catch (Exception $e) {
    echo clean($e->getTraceAsString()), "\n";
}
// Through a builtin callback: the trace mentions [internal function].
function cb($v) {
    if ($v == 2) throw new DomainException("bad $v");
    return $v;
}
try {
    array_map('cb', [1, 2, 3]);
} catch (DomainException $e) {
    echo clean($e->getTraceAsString()), "\n";
    foreach ($e->getTrace() as $f) {
        echo $f['function'], isset($f['file']) ? " @" . $f['line'] : " [internal]", "\n";
    }
}
// A deep recursion.
function down($n) {
    if ($n == 0) throw new UnderflowException("bottom");
    down($n - 1);
}
try {
    down(4);
} catch (UnderflowException $e) {
    echo count($e->getTrace()), " frames in recursion\n";
    echo clean($e->getTraceAsString()), "\n";
}
