<?php
// An uncaught error deep in a call stack: the stack trace lists the frames.
function level3($x) {
    return $x % 0;
}
function level2($x) {
    return level3($x * 2) + 1;
}
function level1($x) {
    return level2($x + 1);
}
echo "start\n";
echo level1(5), "\n";
echo "not reached\n";
