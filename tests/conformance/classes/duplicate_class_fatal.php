<?php
// Two top-level declarations of the same class name in one file: the first
// is bound early, the second is declared when execution reaches it and is a
// fatal error then (the output before it is kept), exit status 255.
echo "start\n";
$before = new Duplicate();
echo $before->who(), "\n";
var_dump(class_exists('Duplicate', false));

class Duplicate {
    public function who(): string { return "first declaration"; }
}

echo "between the declarations\n";

class Duplicate {
    public function who(): string { return "second declaration"; }
}

echo "not reached\n";
