<?php
// A property redeclared with another type: the fatal error names the file and the line of the
// class that redeclares it.
class Foo {
    public int $qux;
}

class Bar extends Foo {
    public string $qux;
}
