<?php
// exit() inside __toString during string conversion: partial output that
// was already echoed stays, output buffers are flushed, destructors and
// shutdown functions still run.
class Label {
    public function __construct(private string $text, private bool $bail = false) {}
    public function __toString(): string {
        if ($this->bail) {
            echo "[bailing out of __toString]";
            exit("exit message from __toString\n");
        }
        return strtoupper($this->text);
    }
    public function __destruct() { echo "destruct label {$this->text}\n"; }
}

register_shutdown_function(function () {
    echo "shutdown: ob level ", ob_get_level(), "\n";
});

$a = new Label('alpha');
$b = new Label('beta');
echo "plain: $a $b\n";
echo "concat: " . $a . "/" . $b . "\n";
echo "sprintf: ", sprintf('%s-%s', $a, $b), "\n";
echo "implode: ", implode(',', [$a, $b]), "\n";

ob_start(function ($buf) { return str_replace('beta', 'BETA(buffered)', $buf); });
echo "inside buffer beta\n";
$bad = new Label('gamma', true);
echo "before: ", $a, " then ", $bad, " never\n";
echo "not reached\n";
