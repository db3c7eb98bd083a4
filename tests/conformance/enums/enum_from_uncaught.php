<?php
// An enum whose static factory maps user input with from(): invalid input
// raises ValueError. Caught a few times, then uncaught from inside a method
// of another class (exit status 255, stack trace lists the enum method).
interface HasLabel { public function label(): string; }
enum Priority: int implements HasLabel {
    case Low = 1;
    case Normal = 5;
    case High = 9;
    const DEFAULT = self::Normal;

    public static function parse(string|int $input): self {
        return is_string($input) && !is_numeric($input)
            ? constant(self::class . '::' . ucfirst(strtolower($input)))
            : self::from((int) $input);
    }
    public function label(): string { return ucfirst(strtolower($this->name)) . " ({$this->value})"; }
}
class Task {
    public function __construct(public string $title, public Priority $prio = Priority::DEFAULT) {}
    public static function fromRow(array $row): static {
        return new static($row['title'], Priority::parse($row['prio']));
    }
}

foreach (['high', 'LOW', 9, '5', 'urgent', 4, '3.7'] as $in) {
    try {
        $label = Priority::parse($in)->label();
        echo var_export($in, true), " => ", $label, "\n";
    } catch (Error $e) {
        echo var_export($in, true), " => ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$t = new Task('write tests');
echo $t->title, ": ", $t->prio->label(), "\n";
echo Task::fromRow(['title' => 'ship', 'prio' => 'high'])->prio->label(), "\n";
Task::fromRow(['title' => 'broken', 'prio' => 7]);
echo "not reached\n";
