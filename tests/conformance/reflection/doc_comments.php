<?php
/**
 * File-level comment (not attached to anything).
 */

/**
 * A documented class.
 * @package demo
 */
class Documented {
    /** The answer. */
    const ANSWER = 42;

    /**
     * @var string the name
     */
    public string $name = 'x';

    // a line comment is not a doc comment
    public int $plain = 0;

    /* a block comment is not a doc comment either */
    public $block;

    /** @return int */
    public function method(): int { return 1; }

    public function undocumented() {}
}

/**
 * Function docs
 *   keep their indentation.
 */
function documented_fn(/** param doc */ int $p) {}

/** closure doc */
$closure = function () {};

/** @deprecated enum docs */
enum E {
    /** case doc */
    case A;
}

$rc = new ReflectionClass('Documented');
var_dump($rc->getDocComment());
var_dump($rc->getReflectionConstant('ANSWER')->getDocComment());
var_dump($rc->getProperty('name')->getDocComment());
var_dump($rc->getProperty('plain')->getDocComment());
var_dump($rc->getProperty('block')->getDocComment());
var_dump($rc->getMethod('method')->getDocComment());
var_dump($rc->getMethod('undocumented')->getDocComment());
$fn = new ReflectionFunction('documented_fn');
var_dump($fn->getDocComment());
var_dump((new ReflectionFunction($closure))->getDocComment());
var_dump((new ReflectionEnum('E'))->getDocComment());
var_dump((new ReflectionEnum('E'))->getCase('A')->getDocComment());
var_dump((new ReflectionClass('ArrayObject'))->getDocComment());
// parsing a tag out of a doc comment
preg_match('/@var\s+(\S+)/', $rc->getProperty('name')->getDocComment(), $m);
echo "declared @var type: ", $m[1], "\n";
