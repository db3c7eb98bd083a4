<?php
// User exception classes extending Exception and each other.
class AppException extends Exception {
    protected string $context = 'app';
    public function __construct(string $message = "", int $code = 0, ?Throwable $previous = null) {
        parent::__construct("[{$this->context}] " . $message, $code, $previous);
    }
    public function context(): string { return $this->context; }
}
class DbException extends AppException {
    protected string $context = 'db';
}
class QueryException extends DbException {
    public function __construct(public readonly string $sql, string $message) {
        parent::__construct($message, 42);
    }
}
final class NotFound extends RuntimeException {}

function run(int $n) {
    switch ($n) {
        case 0: throw new AppException("generic", 1);
        case 1: throw new DbException("connection lost", 2);
        case 2: throw new QueryException("SELECT 1", "syntax");
        case 3: throw new NotFound("missing", 404);
        case 4: throw new AppException("wrapped", 5, new NotFound("inner"));
        default: return "no exception";
    }
}

for ($i = 0; $i <= 5; $i++) {
    try {
        echo run($i), "\n";
    } catch (QueryException $e) {
        echo "Query: ", $e->getMessage(), " sql=", $e->sql, " code=", $e->getCode(), "\n";
    } catch (DbException $e) {
        echo "Db: ", $e->getMessage(), " context=", $e->context(), "\n";
    } catch (AppException | NotFound $e) {
        echo get_class($e), ": ", $e->getMessage(), " code=", $e->getCode(), "\n";
        if ($p = $e->getPrevious()) {
            echo "  previous: ", get_class($p), ": ", $p->getMessage(), "\n";
        }
    } finally {
        echo "  finally $i\n";
    }
}

$e = new QueryException("DELETE", "denied");
var_dump($e instanceof DbException, $e instanceof Exception, $e instanceof Throwable);
var_dump($e instanceof RuntimeException);
echo basename($e->getFile()), ":", $e->getLine(), "\n";
echo count($e->getTrace()), "\n";
print_r(class_parents($e));
print_r(class_implements($e));

// an exception class with a custom __toString
class Pretty extends Exception {
    public function __toString(): string { return static::class . "(" . $this->message . ")"; }
}
echo new Pretty("nice"), "\n";
throw new Pretty("uncaught pretty");
