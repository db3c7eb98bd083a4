<?php
// An uncaught user exception with a chain of two previous exceptions of
// user classes, thrown from a static method called through an instance
// method. PHP prints every exception of the chain (innermost first, joined
// by "Next"), then "thrown in"; finally blocks run before, shutdown
// functions after the message; exit status is 255.
class ConfigError extends Exception {}
class ParseError2 extends ConfigError {
    public function __construct(string $file, int $line, ?Throwable $prev = null) {
        parent::__construct("parse error in $file at line $line", 10, $prev);
    }
}
final class BootError extends RuntimeException {}

class Loader {
    public static function parse(string $text): array {
        try {
            if (!str_contains($text, '=')) {
                throw new InvalidArgumentException("missing '=' in '$text'");
            }
            return explode('=', $text, 2);
        } catch (InvalidArgumentException $e) {
            throw new ParseError2('app.ini', 3, $e);
        }
    }
}
class App {
    public function boot(array $lines): void {
        try {
            foreach ($lines as $l) {
                [$k, $v] = Loader::parse($l);
                echo "config $k = $v\n";
            }
        } catch (ConfigError $e) {
            throw new BootError("boot failed: " . $e->getMessage(), 99, $e);
        } finally {
            echo "boot finally\n";
        }
    }
}
register_shutdown_function(function () { echo "shutdown function\n"; });
(new App())->boot(['debug=1', 'name=demo', 'oops']);
echo "not reached\n";
