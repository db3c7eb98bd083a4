<?php
// Every way libphp calls back into user code; run with PHPOVM_TRAP_ZEND_VM=1 by zend_vm_unused.sh.
function twice($x) { return $x * 2; }
function cmp($a, $b) { return $b <=> $a; }
function twice_match($m) { return $m[0] * 2; }
$a = array_map('twice', [1, 2, 3]);
usort($a, 'cmp');
echo implode(",", $a), " ", call_user_func('twice', 21), " ", call_user_func_array('twice', [5]), "\n";
echo preg_replace_callback('/\d/', 'twice_match', "a1b2"), "\n";
$words = ['b' => 2, 'a' => 3, 'c' => 1];
uasort($words, fn($x, $y) => $x <=> $y);
uksort($words, function ($x, $y) { return strcmp($x, $y); });
array_walk($words, function (&$v, $k) { $v = "$k$v"; });
echo implode(",", $words), "\n";
echo array_reduce([1, 2, 3], fn($c, $i) => $c + $i, 10), " ", implode(",", array_filter([1, 2, 3, 4], fn($v) => $v % 2)), "\n";
$it = new ArrayIterator([1, 2, 3]);
$seen = [];
iterator_apply($it, function () use ($it, &$seen) { $seen[] = $it->current(); return true; }, []);
echo implode(",", $seen), "\n";
set_error_handler(function ($no, $str) { echo "handled: $str\n"; return true; });
echo $undefined_variable;
restore_error_handler();
ob_start(fn($buf) => strtoupper($buf));
echo "buffered through a callback\n";
ob_end_flush();
spl_autoload_register(function ($class) { echo "autoload $class\n"; });
var_dump(class_exists('NoSuchClassAnywhere'));
register_shutdown_function(function () { echo "shutdown function\n"; });
set_exception_handler(function ($e) { echo "exception handler: ", $e->getMessage(), "\n"; });
throw new RuntimeException("to the handler");
