<?php
// Properties across inheritance: redeclaration, default overrides,
// private shadowing, typed property invariance, visibility widening.
class ParentC {
    public $pub = 'parent pub';
    protected $prot = 'parent prot';
    private $priv = 'parent priv';
    public int $typed = 1;
    public static $stat = 'parent static';
    public function parentView(): string {
        return "{$this->pub} | {$this->prot} | {$this->priv}";
    }
}

class ChildC extends ParentC {
    public $pub = 'child pub';
    public $prot = 'child prot (widened to public)';
    private $priv = 'child priv';
    public int $typed = 2;
    public function childView(): string {
        return "{$this->pub} | {$this->prot} | {$this->priv}";
    }
}

$c = new ChildC();
echo $c->parentView(), "\n";
echo $c->childView(), "\n";
echo $c->prot, "\n";
var_dump($c->typed);
print_r($c);
echo "\n";
print_r(get_object_vars($c));
print_r((new ReflectionClass('ChildC'))->getDefaultProperties());

// property order in a child: inherited first, then new ones
class GrandChild extends ChildC {
    public $extra = 'gc';
    public $pub = 'gc pub';
}
print_r(array_keys(get_object_vars(new GrandChild())));
var_dump(get_class_vars('GrandChild'));

echo "incompatible property type:\n";
if (true) {
    class BadTyped extends ParentC {
        public string $typed = 'x';
    }
}
echo "not reached\n";
