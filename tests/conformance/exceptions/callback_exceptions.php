<?php
// Exceptions thrown inside callbacks of builtins (array_map, usort, array_walk,
// preg_replace_callback, array_filter) propagate out of the builtin call.
$data = [3, 1, 4, 1, 5, 9, 2, 6];
try {
    $r = array_map(function ($v) {
        if ($v == 5) throw new RangeException("five found");
        return $v * 2;
    }, $data);
    echo "never\n";
} catch (RangeException $e) {
    echo "array_map: ", $e->getMessage(), "\n";
}
var_dump(isset($r));
$sorted = $data;
try {
    usort($sorted, function ($a, $b) {
        if ($a == 9 || $b == 9) throw new LogicException("cannot compare 9");
        return $a <=> $b;
    });
} catch (LogicException $e) {
    echo "usort: ", $e->getMessage(), "\n";
}
echo count($sorted), " elements remain\n";
$visited = [];
try {
    array_walk($data, function ($v, $k) use (&$visited) {
        $visited[] = $k;
        if ($k == 3) throw new Exception("stop at key $k");
    });
} catch (Exception $e) {
    echo "array_walk: ", $e->getMessage(), " visited ", implode(",", $visited), "\n";
}
try {
    echo preg_replace_callback('/\d+/', function ($m) {
        if ($m[0] > 100) throw new OverflowException("number too big: $m[0]");
        return $m[0] * 2;
    }, "a1 b22 c333 d4"), "\n";
} catch (OverflowException $e) {
    echo "preg: ", $e->getMessage(), "\n";
}
try {
    $f = array_filter(["a", "bb", 3, "dddd"], function ($s) { return strlen($s) > 1; });
    var_dump($f);
    $f = array_filter(["a", [], "c"], function ($s) { return strlen($s) > 1; });
} catch (TypeError $e) {
    echo "array_filter: ", $e->getMessage(), "\n";
}
// The exception passes through nested builtin callbacks.
try {
    array_map(function ($row) {
        return array_map(function ($c) {
            if ($c === 0) throw new DivisionByZeroError("zero cell");
            return 12 / $c;
        }, $row);
    }, [[1, 2], [3, 0]]);
} catch (DivisionByZeroError $e) {
    echo "nested: ", $e->getMessage(), "\n";
}
// A finally inside the callback runs before the exception leaves array_map.
try {
    array_map(function ($v) {
        try {
            if ($v > 1) throw new Exception("v=$v");
            echo "mapped $v\n";
        } finally {
            echo "callback finally $v\n";
        }
    }, [1, 2, 3]);
} catch (Exception $e) {
    echo "outer: ", $e->getMessage(), "\n";
}
