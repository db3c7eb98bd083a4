<?php
// A class that extends a class already declared, declared after a return (code never run), is
// bound when its file is loaded, as php-cli binds it while compiling.
class A {}
require __DIR__ . '/early_binding_unreachable.inc';
var_dump(class_exists('C', false));
