<?php
// Classes declared conditionally exist only once their declaration runs.
var_dump(class_exists('Always'), class_exists('Maybe'), class_exists('Other'));

class Always {
    public function who() { return "always"; }
}

$mode = 'b';
if ($mode === 'a') {
    class Maybe {
        public function who() { return "maybe A"; }
    }
} else {
    class Maybe {
        public function who() { return "maybe B"; }
    }
}
var_dump(class_exists('Maybe'));
echo (new Maybe())->who(), "\n";

function declareOther() {
    if (!class_exists('Other', false)) {
        class Other extends Always {
            public function who() { return "other, parent says " . parent::who(); }
        }
        return "declared";
    }
    return "already declared";
}
var_dump(class_exists('Other'));
echo declareOther(), "\n";
echo declareOther(), "\n";
echo (new Other())->who(), "\n";

// interface and class declared inside a loop body guard
for ($i = 0; $i < 3; $i++) {
    if (!interface_exists('Greets')) {
        interface Greets { public function greet(): string; }
        echo "interface declared at i=$i\n";
    }
}
if (interface_exists('Greets')) {
    class Greeter implements Greets {
        public function greet(): string { return "hi"; }
    }
}
echo (new Greeter())->greet(), "\n";
var_dump(new Greeter() instanceof Greets);

// class_exists is case-insensitive, the declared name keeps its case
var_dump(class_exists('mAyBe'), get_class(new maybe()));

// Redeclaring an existing class at run time is fatal
echo "redeclaring\n";
if ($mode === 'b') {
    class Always {}
}
echo "not reached\n";
