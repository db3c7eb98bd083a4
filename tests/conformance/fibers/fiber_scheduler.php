<?php
// A cooperative round-robin scheduler running several fibers, with a
// simple channel for message passing.
final class Loop {
    private array $ready = [];
    private int $tick = 0;
    public function spawn(string $name, callable $fn, ...$args): void {
        $this->ready[] = [$name, new Fiber($fn), $args];
    }
    public function run(): void {
        while ($this->ready) {
            [$name, $fiber, $args] = array_shift($this->ready);
            $this->tick++;
            $value = $fiber->isStarted() ? $fiber->resume($this->tick) : $fiber->start(...$args);
            if ($fiber->isTerminated()) {
                echo "[tick {$this->tick}] $name finished: ", json_encode($fiber->getReturn()), "\n";
            } else {
                echo "[tick {$this->tick}] $name yielded ", json_encode($value), "\n";
                $this->ready[] = [$name, $fiber, []];
            }
        }
    }
}

final class Channel {
    private array $buffer = [];
    public bool $closed = false;
    public function send($v): void { $this->buffer[] = $v; }
    public function receive() {
        while (!$this->buffer) {
            if ($this->closed) return null;
            Fiber::suspend('waiting on channel');
        }
        return array_shift($this->buffer);
    }
}

$loop = new Loop();
$ch = new Channel();

$loop->spawn('producer', function (int $count) use ($ch) {
    for ($i = 1; $i <= $count; $i++) {
        $ch->send("item$i");
        $tick = Fiber::suspend("sent item$i");
    }
    $ch->closed = true;
    return "produced $count (last tick $tick)";
}, 3);

$loop->spawn('consumer', function () use ($ch) {
    $got = [];
    while (($item = $ch->receive()) !== null) {
        $got[] = strtoupper($item);
    }
    return $got;
});

$loop->spawn('counter', function (string $label) {
    $sum = 0;
    for ($i = 0; $i < 2; $i++) {
        $sum += Fiber::suspend("$label $i");
    }
    return $sum;
}, 'count');

$loop->run();
