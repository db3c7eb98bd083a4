<?php
// Property types are invariant: redeclaring an inherited typed property
// with a different type is a fatal error. The child is declared inside a
// function here, so the error is raised at run time when it is called.
class Model {
    public int $id = 0;
    protected ?string $name = null;
}
class GoodModel extends Model {
    public int $id = 5;                     // same type, new default: fine
    public ?string $name = 'good';          // visibility widened: fine
}
$g = new GoodModel();
var_dump($g->id, $g->name);

function declareBad(): void {
    echo "declaring BadModel\n";
    class BadModel extends Model {
        public int|string $id = 0;
    }
}
declareBad();
echo "not reached\n";
