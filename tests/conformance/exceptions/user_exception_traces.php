<?php
// Traces of user exceptions thrown through methods: 'class' and 'type'
// keys for instance (->) and static (::) frames, constructors, closures
// and __call/__toString frames; getTraceAsString; getPrevious chains
// walked in a loop; the trace belongs to where the exception was created.
function clean(string $s): string { return str_replace(__DIR__ . DIRECTORY_SEPARATOR, '', $s); }

class AppError extends Exception {}
class StorageError extends AppError {}
class NotFoundError extends StorageError {
    public function __construct(public readonly string $key, ?Throwable $previous = null) {
        parent::__construct("key '$key' not found", 404, $previous);
    }
}

class Store {
    private array $data = ['a' => 1];
    public function __construct(private string $name) {}
    public function get(string $k): int {
        return $this->data[$k] ?? throw new NotFoundError($k);
    }
    public static function open(string $name): static {
        if ($name === '') {
            throw new StorageError("empty store name", 1);
        }
        return new static($name);
    }
    public function __call($m, $args) { return $this->get(...$args); }
    public function each(array $keys): array {
        return array_map(fn($k) => $this->get($k), $keys);
    }
}
class Service {
    public function __construct(private Store $store) {}
    public function load(string $k): int {
        try {
            return $this->store->get($k);
        } catch (NotFoundError $e) {
            throw new AppError("load failed", 2, $e);
        }
    }
}

function show(Throwable $e): void {
    $depth = 0;
    for ($t = $e; $t !== null; $t = $t->getPrevious()) {
        echo str_repeat('  ', $depth++), get_class($t), "(", $t->getCode(), "): ", $t->getMessage(),
            " @", basename($t->getFile()), ":", $t->getLine(), "\n";
    }
    foreach ($e->getTrace() as $i => $f) {
        echo "  #$i ", $f['class'] ?? '', $f['type'] ?? '', $f['function'],
            isset($f['line']) ? " line " . $f['line'] : " [internal]", "\n";
    }
    echo clean($e->getTraceAsString()), "\n";
}

$store = Store::open('main');
foreach ([
    fn() => Store::open(''),
    fn() => $store->get('zz'),
    fn() => (new Service($store))->load('missing'),
    fn() => $store->magic('viaCall'),
    fn() => $store->each(['a', 'b']),
] as $i => $f) {
    echo "== case $i\n";
    try {
        $f();
    } catch (AppError $e) {
        show($e);
    }
}
echo "== created in one place, thrown in another\n";
function create(): NotFoundError { return new NotFoundError('early'); }
function throwIt(Throwable $e): never { throw $e; }
try {
    throwIt(create());
} catch (NotFoundError $e) {
    show($e);
    echo "key: ", $e->key, "\n";
}
