<?php
// Property defaults and constants built from constant expressions.
const BASE = 10;
define('NAME', 'widget');

class Config {
    const A = 2;
    const B = self::A * BASE + 1;
    const LIST = [self::A, self::B, 'k' => NAME];
    const STR = NAME . '-' . self::B;
    const COND = self::A > 1 ? 'big' : 'small';
    const BITS = 1 << 4 | 3;
    const NESTED = self::LIST['k'];
    const COALESCE = self::LIST['missing'] ?? 'fallback';
    const NEG = -self::A ** 2;

    public $a = self::A + 1;
    public $list = self::LIST;
    public $str = self::STR . '!';
    public $arr = [BASE => 'ten', self::A => 'two', PHP_INT_SIZE > 4 ? 'x64' : 'x32'];
    public $math = (BASE + 5) % 4;
    public $nul = null ?? 'dflt';
    public static $counter = self::B * 2;
    public $magic = __LINE__;
    public $cls = self::class;
    public $spread = [...self::LIST, 'end'];
}

var_dump(Config::A, Config::B, Config::LIST, Config::STR, Config::COND, Config::BITS);
var_dump(Config::NESTED, Config::COALESCE, Config::NEG);
$c = new Config();
var_dump($c);
var_dump(Config::$counter);
Config::$counter++;
var_dump(Config::$counter);
$c2 = new Config();
$c2->list['k'] = 'modified';
var_dump($c->list['k'], $c2->list['k'], Config::LIST['k']);
