<?php
// PHP 8.2: creating dynamic properties is deprecated except on stdClass,
// classes with #[AllowDynamicProperties] or with __get/__set.
class Plain {
    public $declared = 1;
}

#[AllowDynamicProperties]
class Flexible {
    public $declared = 1;
}

class Magic {
    private array $data = [];
    public function __set($n, $v) { $this->data[$n] = $v; }
    public function __get($n) { return $this->data[$n] ?? null; }
}

class ChildOfFlexible extends Flexible {}

$p = new Plain();
$p->extra = 'x';          // deprecated
$p->extra = 'y';          // already exists, no second notice
$p->{'with space'} = 1;   // deprecated
$p->{'0'} = 'zero';       // numeric name
var_dump($p);
unset($p->declared);
$p->declared = 2;         // re-adding a declared property is not dynamic
var_dump($p->declared);

$f = new Flexible();
$f->extra = 'fine';
$c = new ChildOfFlexible();
$c->inherited = 'attribute is inherited';
var_dump($f, $c);

$s = new stdClass();
$s->a = 1;
$s->b = [1, 2];
var_dump($s);

$m = new Magic();
$m->whatever = 'via __set';
var_dump($m->whatever);

// dynamic property via reference and array append
$q = new Plain();
$q->list[] = 1;
$r = &$q->refd;
$r = 'set by reference';
var_dump($q);

// reading undefined properties
var_dump($q->nope ?? 'default');
var_dump($q->nope);
var_dump(property_exists($q, 'list'), property_exists('Plain', 'list'));
