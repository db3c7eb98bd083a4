<?php
// Classes may be used before their declaration in the file when they can be
// bound early (hoisted). A class whose parent is declared later is not.
echo (new Early())->hello(), "\n";
echo Early::NAME, "\n";
var_dump(class_exists('Early'));
var_dump(class_exists('ChildOfLater'));
var_dump(class_exists('Later'));
var_dump(class_exists('ImplementsIface'));

echo (new ChildOfEarly())->hello(), "\n";

class Early {
    const NAME = 'early';
    public function hello() { return "hello from " . static::class; }
}

class ChildOfEarly extends Early {}

class ChildOfLater extends Later {
    public function tag() { return "child of later"; }
}

class Later {
    public function base() { return "later base"; }
}

interface Iface { const X = 1; }
class ImplementsIface implements Iface {}

// After all declarations ran, everything exists.
var_dump(class_exists('ChildOfLater'));
$c = new ChildOfLater();
echo $c->tag(), " / ", $c->base(), "\n";
echo ImplementsIface::X, "\n";

function makeIt() { return new DeclaredAfterFunction(); }
class DeclaredAfterFunction { public $v = 'ok'; }
echo makeIt()->v, "\n";
