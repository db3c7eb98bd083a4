<?php
// Traversable cannot be implemented directly by a user class; it has to come
// through Iterator or IteratorAggregate. Abstract classes and interfaces may
// extend it. The invalid class is declared in a function, so the fatal error
// is raised at run time when the function is called.
interface Collection extends Traversable {}
abstract class AbstractCollection implements Collection {}
class Numbers extends AbstractCollection implements IteratorAggregate {
    public function getIterator(): Iterator { return new ArrayIterator([1, 2, 3]); }
}
foreach (new Numbers() as $n) {
    echo $n, " ";
}
echo "\n";
var_dump(new Numbers() instanceof Traversable, new Numbers() instanceof Collection);

function declareBroken(): void {
    echo "declaring Broken\n";
    class Broken implements Collection {
        public function items(): array { return []; }
    }
}
declareBroken();
echo "not reached\n";
