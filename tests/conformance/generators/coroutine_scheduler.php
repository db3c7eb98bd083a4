<?php
// A round-robin scheduler built on generators and send().
class Scheduler {
    private SplQueue $queue;
    private int $nextId = 1;
    public array $log = [];
    public function __construct() { $this->queue = new SplQueue(); }
    public function spawn(Generator $task, string $name): int {
        $id = $this->nextId++;
        $this->queue->enqueue([$id, $name, $task, null]);
        return $id;
    }
    public function run(): void {
        while (!$this->queue->isEmpty()) {
            [$id, $name, $task, $send] = $this->queue->dequeue();
            $value = $task->valid() && $send === null && !isset($this->log[$id]) ? $task->current() : $task->send($send);
            $this->log[$id] = true;
            if (!$task->valid()) {
                echo "task $id ($name) finished with ", json_encode($task->getReturn()), "\n";
                continue;
            }
            echo "task $id ($name) yielded ", json_encode($value), "\n";
            $this->queue->enqueue([$id, $name, $task, is_int($value) ? $value * 2 : strtoupper((string) $value)]);
        }
    }
}

function worker(string $name, int $steps) {
    $received = [];
    for ($i = 1; $i <= $steps; $i++) {
        $received[] = yield $i * 10;
    }
    return $received;
}
function talker() {
    $a = yield 'hello';
    $b = yield "got $a";
    return [$a, $b];
}

$s = new Scheduler();
$s->spawn(worker('w1', 3), 'w1');
$s->spawn(talker(), 'talk');
$s->spawn(worker('w2', 1), 'w2');
$s->spawn((function () { return 'empty'; yield; })(), 'empty');
$s->run();
