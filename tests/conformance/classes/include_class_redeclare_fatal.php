<?php
// Including a file that declares a class a second time (plain include, not
// include_once) is a fatal error "Cannot declare class ..." raised when the
// declaration runs; output produced before it is kept, exit status is 255.
function load(): void {
    echo "including\n";
    include __DIR__ . '/include_classes_redeclared.inc';
    echo "included\n";
}
load();
echo RedeclaredThing::describe(), "\n";
var_dump(class_exists('RedeclaredThing', false));
load();
echo "not reached\n";
