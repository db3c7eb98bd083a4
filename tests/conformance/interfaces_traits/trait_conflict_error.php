<?php
// An unresolved method collision between two traits is fatal when the
// class declaration runs.
trait A { public function run() { return 'A'; } public function onlyA() { return 'onlyA'; } }
trait B { public function run() { return 'B'; } }

class Resolved {
    use A, B { B::run insteadof A; }
}
echo (new Resolved())->run(), " ", (new Resolved())->onlyA(), "\n";

// a class method silently overrides conflicting trait methods
class Overrides {
    use A, B;
    public function run() { return 'class'; }
}
echo (new Overrides())->run(), "\n";

echo "now declaring the conflict\n";
if (class_exists('Resolved')) {
    class Conflict {
        use A, B;
    }
}
echo "not reached\n";
