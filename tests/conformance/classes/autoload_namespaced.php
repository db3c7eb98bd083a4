<?php
// Autoloading namespaced classes: the loader gets the fully qualified name
// without a leading backslash; `use` imports and ::class do not load
// anything; interfaces in the same file as a class are loaded with it;
// a failing lookup of a namespaced name.
namespace App;

use Shop\Cart;
use Shop\Item;
use Shop\Util\Money as M;

spl_autoload_register(function (string $class): void {
    echo "autoload($class)\n";
    $file = __DIR__ . '/autoload_ns_' . str_replace('\\', '_', $class) . '.inc';
    if (is_file($file)) {
        require $file;
    }
});

echo "imports resolved at compile time: ", Cart::class, " ", M::class, "\n";
echo "classes loaded so far: ", var_export(class_exists(Cart::class, false), true), "\n";

$cart = new Cart();
echo "cart created\n";
$cart->add(new Item('pen', 150))->add(new \Shop\Item('book', 1299));
$total = $cart->total();
echo count($cart), " items, total ", $total, "\n";
var_dump($cart instanceof \Countable, interface_exists('Shop\Priced', false));
echo M::format(5), "\n";

// an unqualified name in a namespace is resolved against the namespace
try {
    new Missing();
} catch (\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(class_exists('\Shop\Nope'));
// functions and constants are never autoloaded
try {
    \Shop\helper();
} catch (\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
