<?php
// `new` is allowed in parameter defaults, static variable initialisers,
// global constants and attribute arguments, but not in property defaults:
// that is a compile-time fatal error, so nothing is printed before it.
echo "never printed\n";

class Service {
    public function __construct(private Logger $logger = new Logger()) {}
}
class Logger {}

class Broken {
    public ?Logger $logger = new Logger();
}

echo "not reached\n";
