<?php
// $a[] passed to a by-reference parameter appends an element the callee writes; passed to a
// by-value parameter it cannot be read: "Cannot use [] for reading", the array unchanged.
class Appender {
    function byRef(&$slot) { $slot = "written"; }
    function byValue($v) { return $v; }
    function run() {
        $list = [];
        $this->byRef($list[]);
        $this->byRef($list[]);
        var_dump($list);
        try {
            $this->byValue($list[]);
        } catch (Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
        var_dump(count($list));
    }
}
(new Appender)->run();
function plain($v) { return $v; }
$x = [1];
try { plain($x[]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($x);
