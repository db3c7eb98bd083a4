<?php
// PHP 8.1 "new in initializers": parameter defaults, static variables,
// global constants and attribute arguments may contain `new`.
class Logger {
    public static int $created = 0;
    public function __construct(public string $prefix = 'log') {
        self::$created++;
    }
    public function log(string $m): void {
        echo "[{$this->prefix}] $m\n";
    }
}

class Service {
    public function __construct(
        private Logger $logger = new Logger('default'),
    ) {}
    public function run(): void {
        $this->logger->log('running');
    }
}

function helper(Logger $l = new Logger('helper')) {
    $l->log('helper called');
    return $l;
}

echo "created before: ", Logger::$created, "\n";
(new Service())->run();
(new Service(new Logger('custom')))->run();
echo "created: ", Logger::$created, "\n";
$a = helper();
$b = helper();
var_dump($a === $b);
echo "created: ", Logger::$created, "\n";

const GLOBAL_LOGGER = new Logger('const');
GLOBAL_LOGGER->log('from constant');
var_dump(GLOBAL_LOGGER instanceof Logger);
echo "created: ", Logger::$created, "\n";

function counter() {
    static $l = new Logger('static');
    $l->prefix .= '+';
    return $l->prefix;
}
echo counter(), "\n", counter(), "\n", counter(), "\n";
echo "created: ", Logger::$created, "\n";

#[Attribute]
class Marker {
    public function __construct(public Logger $l) {}
}
#[Marker(new Logger('attr'))]
class Marked {}
echo "created (attribute not instantiated): ", Logger::$created, "\n";
$attr = (new ReflectionClass('Marked'))->getAttributes()[0]->newInstance();
$attr->l->log('attribute');
echo "created: ", Logger::$created, "\n";
