<?php
// A class that no autoloader can provide: the Error "Class ... not found"
// is uncaught and ends the script with exit status 255. The loaders ran
// (and printed) before the error; shutdown functions still run.
spl_autoload_register(function (string $class) {
    echo "loader 1 asked for $class\n";
    $file = __DIR__ . '/autoload_' . $class . '.inc';
    if (is_file($file)) {
        require $file;
    }
});
spl_autoload_register(function (string $class) {
    echo "loader 2 asked for $class\n";
});
register_shutdown_function(function () {
    echo "shutdown: AlConst loaded = ", var_export(class_exists('AlConst', false), true), "\n";
});

class Factory {
    public static function make(string $name): object {
        echo "making $name\n";
        return new $name();
    }
}

$ok = Factory::make('AlConst');
echo get_class($ok), " ", $ok::LIMIT, "\n";
$missing = Factory::make('App\Missing\Widget');
echo "not reached\n";
