<?php
// const, define(), defined(), constant().
const GREETING = "hello";
const ANSWER = 42;
const PI_ISH = 3.14;
const FLAG = true;
const NOTHING = null;
const DOUBLE = ANSWER * 2;
const MSG = GREETING . " world";
const LIST_C = [1, 2, ANSWER];
const MAP_C = ["a" => 1, "b" => [2, 3]];
const SHIFTED = 1 << 4 | 1;
const COND = ANSWER > 40 ? "big" : "small";
var_dump(GREETING, ANSWER, PI_ISH, FLAG, NOTHING, DOUBLE, MSG, LIST_C, MAP_C["b"][1], LIST_C[2], SHIFTED, COND);
var_dump(define("DYN", "dynamic"), DYN);
define("DYN_ARR", ["x" => [10, 20]]);
var_dump(DYN_ARR["x"][1]);
$name = "COMPUTED_" . 5;
define($name, 5 * 5);
var_dump(COMPUTED_5, constant($name), constant("ANSWER"), constant("PHP_INT_SIZE"));
var_dump(defined("GREETING"), defined("DYN"), defined("NOPE"), defined("greeting"), defined("PHP_EOL"), defined("E_ALL"));
for ($i = 0; $i < 3; $i++) {
    define("LOOP_$i", $i * 100);
}
var_dump(LOOP_0, LOOP_1, LOOP_2, constant("LOOP_" . 2));
if (!defined("LATE")) {
    define("LATE", "defined at runtime");
}
var_dump(LATE);
function useConst() {
    return GREETING . "/" . DYN . "/" . ANSWER;
}
var_dump(useConst());
define("WITH_SPACE IN NAME", "odd name");
var_dump(constant("WITH_SPACE IN NAME"), defined("WITH_SPACE IN NAME"));
var_dump(\ANSWER, \strlen(MSG));
echo "ANSWER is " . ANSWER . " and PI_ISH is " . PI_ISH . "\n";
echo "constants are not interpolated: ANSWER {ANSWER}\n";
