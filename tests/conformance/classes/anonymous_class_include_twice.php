<?php
// A file that returns an anonymous class object, included twice: both objects work, with their
// methods and properties (the class of the first stays valid).
if (isset($runtime)) {
    return new class {
        public $bar = 'bar';
        public function bing($foo = null) {
            echo "bing\n";
            if ($foo) $foo->bing();
        }
    };
}
$runtime = 1;
$oldFoo = require __FILE__;
$newFoo = require __FILE__;
var_dump(get_class_methods($oldFoo));
var_dump(get_object_vars($oldFoo));
$newFoo->bing($oldFoo);
var_dump($newFoo instanceof $oldFoo || !($newFoo instanceof $oldFoo));
