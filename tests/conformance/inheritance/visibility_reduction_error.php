<?php
// A child may widen but not reduce the visibility of an inherited method;
// reducing it is a fatal error raised when the conditional declaration runs.
class Base {
    public function run(): string { return "base run"; }
    protected function helper(): string { return "base helper"; }
}
class Wider extends Base {
    public function helper(): string { return "public helper"; }
}
echo (new Wider())->helper(), "\n";

if (class_exists('Base')) {
    echo "declaring Narrower\n";
    class Narrower extends Base {
        protected function run(): string { return "hidden"; }
    }
}
echo "not reached\n";
