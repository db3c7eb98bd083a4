<?php
// global with a variable-variable name: global $$name binds the global of that name.
$made = "before";
function dynamicGlobal($name, $value) {
    global $$name;
    $old = $$name;
    $$name = $value;
    return $old;
}
var_dump(dynamicGlobal("made", "after"));
var_dump($made);
var_dump(dynamicGlobal("fresh", 42));
var_dump($fresh);
