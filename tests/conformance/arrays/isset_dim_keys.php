<?php
// isset($array[$key]) with a variable container and a literal or variable key (phpovm looks these
// up inline): integer keys, string keys, numeric strings (which are integer keys), strings that
// only look numeric, null and reference elements, symbol-table slots, and the containers and keys
// that take the general path (objects, strings, floats, booleans, null, undefined variables).

$a = [0 => 'zero', 5 => 'five', -3 => 'minus three', 'k' => 'kay', '05' => 'oh five', ' 5' => 'space five',
      'null' => null, '' => 'empty key', PHP_INT_MAX => 'max'];
$r = 'target';
$a['ref'] = &$r;
$n = null;
$a['refnull'] = &$n;

$keys = [0, 5, -3, 7, '5', '-3', '05', ' 5', '5 ', 'k', 'K', 'null', '', 'ref', 'refnull', 'missing',
         (string) PHP_INT_MAX, '9223372036854775808', PHP_INT_MAX];
foreach ($keys as $k) {
    echo var_export($k, true), ': ', isset($a[$k]) ? 'set' : 'unset', "\n";
}
echo 'literals: ', (int) isset($a[5]), (int) isset($a['5']), (int) isset($a['k']), (int) isset($a['null']),
     (int) isset($a['05']), (int) isset($a[-3]), (int) isset($a['nope']), (int) isset($a[6]), "\n";

// References to the container and to the key.
$ra = &$a;
$rk = &$keys[9];
echo 'through references: ', (int) isset($ra['k']), (int) isset($a[$rk]), (int) isset($ra[$rk]), "\n";
$r = null;
echo 'reference now null: ', (int) isset($a['ref']), "\n";

// Keys of other types, containers of other types, empty().
$f = 5.0;
$t = true;
$z = null;
echo 'float/bool/null keys: ', (int) isset($a[$f]), (int) isset($a[$t]), (int) isset($a[$z]), "\n";
$s = 'hello';
$i2 = 2;
$i9 = 9;
echo 'string container: ', (int) isset($s[$i2]), (int) isset($s[$i9]), (int) isset($s['1']), (int) isset($s['x']), "\n";
$obj = new ArrayObject(['p' => 1, 'q' => null]);
$p = 'p';
$q = 'q';
echo 'ArrayAccess: ', (int) isset($obj[$p]), (int) isset($obj[$q]), (int) isset($obj['zz']), "\n";
echo 'undefined container: ', (int) isset($undefined[$p]), (int) isset($undefined['x']), "\n";
$int = 42;
echo 'scalar container: ', (int) isset($int[$p]), (int) isset($n[0]), "\n";
echo 'empty(): ', (int) empty($a['k']), (int) empty($a[0]), (int) empty($a['null']), (int) empty($a['missing']), "\n";
try {
    $arrkey = [];
    var_dump(isset($a[$arrkey]));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// Symbol-table slots: globals seen through $GLOBALS, and a global variable unset later.
$g1 = 1;
$g2 = null;
function check_globals()
{
    $name = 'g1';
    $name2 = 'g2';
    $name3 = 'g3';
    $glob = $GLOBALS;
    return (int) isset($glob[$name]) . (int) isset($glob[$name2]) . (int) isset($glob[$name3]);
}
echo 'globals: ', check_globals(), "\n";
unset($g1);
echo 'after unset: ', check_globals(), "\n";

// A counting loop in the shape of a word-frequency table.
$freq = [];
foreach (explode(' ', 'a b a c b a 1 01 1 -0 0') as $w) {
    if (isset($freq[$w])) {
        $freq[$w]++;
    } else {
        $freq[$w] = 1;
    }
}
var_dump($freq);
