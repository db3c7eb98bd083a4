<?php
// |= &= ^= <<= >>= %= on integers (variables and array elements) at their edges, and with
// operands that are not both integers.
$cases = [[5, 3], [-8, 2], [PHP_INT_MAX, 1], [PHP_INT_MIN, -1], [1, 63], [1, 64], [-1, 65], [7, 0], [0, 7], [-7, 3]];
foreach ($cases as [$a, $b]) {
    $r = [];
    foreach (['|', '&', '^', '<<', '>>', '%'] as $op) {
        $x = $a;
        $arr = ['k' => $a];
        try {
            switch ($op) {
                case '|': $x |= $b; $arr['k'] |= $b; break;
                case '&': $x &= $b; $arr['k'] &= $b; break;
                case '^': $x ^= $b; $arr['k'] ^= $b; break;
                case '<<': $x <<= $b; $arr['k'] <<= $b; break;
                case '>>': $x >>= $b; $arr['k'] >>= $b; break;
                case '%': $x %= $b; $arr['k'] %= $b; break;
            }
            $r[] = "$op:" . var_export($x, true) . ($x === $arr['k'] ? '' : '!');
        } catch (Throwable $e) {
            $r[] = "$op:" . get_class($e) . '(' . $e->getMessage() . ')';
        }
    }
    echo "$a, $b => ", implode(' ', $r), "\n";
}
try { $n = 1; $n <<= -1; } catch (ArithmeticError $e) { echo $e->getMessage(), "\n"; }
try { $n = 1; $n >>= -2; } catch (ArithmeticError $e) { echo $e->getMessage(), "\n"; }
$f = 7.9; $f %= 3; var_dump($f);
$s = '12'; $s |= 1; var_dump($s);
$str = 'ab'; $str ^= '  '; var_dump($str);
$b = true; $b <<= 3; var_dump($b);
$n = null; $n %= 5; var_dump($n);
$big = 3; $big >>= 200; var_dump($big);
$neg = -3; $neg >>= 200; var_dump($neg);
$h = 0; for ($i = 0; $i < 1000; $i++) { $h ^= $i * 2654435761; $h &= 0xffffffff; $h <<= 1; $h %= 1000003; } var_dump($h);
$r = 10; $copy = &$r; $copy %= 4; var_dump($r);
class T { public int $i = 6; public $u = 6; }
$t = new T; $t->i >>= 1; $t->u <<= 2; $ti = &$t->i; $ti |= 8; var_dump($t);
