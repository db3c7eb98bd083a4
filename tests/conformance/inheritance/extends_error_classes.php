<?php
// User classes extending Error, TypeError, ValueError and Exception:
// constructors that do not call the parent, the protected properties
// message/code/file/line, final methods of Exception, where getLine()
// points (construction, not throw), and catching by Error / Throwable.
class DomainError extends Error {
    public function __construct(public readonly string $field) {
        // parent constructor not called: message and code keep defaults
    }
}
class BadInput extends TypeError {
    public function __construct(string $what, int $code = 3) {
        parent::__construct("bad input: $what", $code);
        $this->line = 1000;                  // protected properties are writable
    }
}
class RangeProblem extends ValueError {
    protected $message = 'default range message';
    protected $code = 77;
}
class Tagged extends Exception {
    public function __construct(string $m, private array $tags = []) {
        parent::__construct(strtoupper($m));
    }
    public function tags(): array { return $this->tags; }
    public function setMessage(string $m): void { $this->message = $m; }
}

function report(Throwable $t): void {
    echo get_class($t), " [", implode(' < ', array_values(class_parents($t))), "] ",
        var_export($t->getMessage(), true), " code=", var_export($t->getCode(), true),
        " line=", $t->getLine(), " file=", basename($t->getFile()), "\n";
}

$e = new DomainError('email');
report($e);
echo "field: ", $e->field, "\n";
report(new BadInput('age'));
report(new RangeProblem());
report(new RangeProblem('explicit', 5));
$t = new Tagged('tagged', ['a', 'b']);
$t->setMessage('changed');
report($t);

function thrower(): never {
    $e = new RangeProblem();       // created here ...
    echo "created at line ", $e->getLine(), "\n";
    throw $e;                      // ... thrown here
}
try {
    thrower();
} catch (ValueError $e) {
    echo "caught as ValueError, line ", $e->getLine(), "\n";
}

foreach ([new DomainError('x'), new BadInput('y'), new Tagged('z')] as $thrown) {
    try {
        throw $thrown;
    } catch (TypeError $e) {
        echo "TypeError branch: ", get_class($e), "\n";
    } catch (Error $e) {
        echo "Error branch: ", get_class($e), "\n";
    } catch (Throwable $e) {
        echo "Throwable branch: ", get_class($e), "\n";
    }
}
var_dump(new DomainError('f') instanceof Exception, new Tagged('t') instanceof Error);

// getMessage() and friends are final
if (PHP_VERSION_ID > 0) {
    echo "declaring an override of a final method\n";
    class Overrider extends Exception {
        public function getMessage(): string { return "mine"; }
    }
}
echo "not reached\n";
