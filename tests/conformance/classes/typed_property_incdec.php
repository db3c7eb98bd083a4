<?php
// ++/-- of typed properties: int, ?int, int|float, float, string and bool types, at the ends of
// the integer range, readonly, through references, and uninitialised.
class T {
    public int $i = 0;
    public ?int $ni = 5;
    public int|float $if = PHP_INT_MAX - 1;
    public float $f = 1.0;
    public string $s = "a";
    public bool $b = false;
    public int $uninit;
    public readonly int $ro;
    public function __construct() { $this->ro = 3; }
}
$t = new T;
for ($k = 0; $k < 3; $k++) { $t->i++; ++$t->ni; $t->f++; }
var_dump($t->i, $t->ni, $t->f);
$t->if++; var_dump($t->if); $t->if++; var_dump($t->if);
$t->i = PHP_INT_MAX - 1;
$t->i++;
var_dump($t->i);
try { $t->i++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { ++$t->i; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($t->i);
$t->i = PHP_INT_MIN + 1;
$t->i--;
try { $t->i--; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($t->i);
$t->ni = null;
try { $t->ni++; var_dump($t->ni); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$t->ni = null;
try { $t->ni--; var_dump($t->ni); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$t->s++; var_dump($t->s);
try { $t->b++; var_dump($t->b); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $t->uninit++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $t->ro++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($t->ro);
$r = &$t->i;
$t->i = 10;
$t->i++;
$r++;
var_dump($t->i, $r);
$r = PHP_INT_MAX;
try { $t->i++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($t->i);
var_dump($t->i-- , $t->i, --$t->i);
echo "done\n";
