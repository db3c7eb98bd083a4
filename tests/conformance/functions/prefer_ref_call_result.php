<?php
// A function call result passed to a prefer-reference parameter (extract, array_multisort) in a
// namespace: no "Only variables should be passed by reference" notice.
namespace Loader;

function defaults() {
    return ['host' => 'localhost', 'port' => 8080];
}
function connect() {
    extract(defaults());
    return "$host:$port";
}
echo connect(), "\n";
var_dump(array_multisort(defaults()));
function last(array $a) {
    return end($a);
}
echo last(defaults()), "\n";
echo "end() of a call result (a real notice):\n";
echo end(defaults()), "\n";
