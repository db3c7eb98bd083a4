<?php
// Enums in match, switch and comparisons; UnhandledMatchError.
enum Direction {
    case North; case East; case South; case West;

    public function turnRight(): self {
        return match ($this) {
            self::North => self::East,
            self::East => self::South,
            self::South => self::West,
            self::West => self::North,
        };
    }
    public function opposite(): self { return $this->turnRight()->turnRight(); }
}
enum Level: int { case Low = 1; case Mid = 5; case High = 10; }

$d = Direction::North;
for ($i = 0; $i < 5; $i++) {
    echo $d->name, " -> opposite ", $d->opposite()->name, "\n";
    $d = $d->turnRight();
}

function classify(Level $l): string {
    return match (true) {
        $l->value >= 10 => 'critical',
        $l === Level::Mid => 'warning',
        default => 'info',
    };
}
foreach (Level::cases() as $l) echo $l->name, ": ", classify($l), "\n";

function partial(Direction $d): string {
    return match ($d) {
        Direction::North, Direction::South => 'vertical',
        Direction::East => 'right',
    };
}
echo partial(Direction::South), "\n";
try {
    echo partial(Direction::West), "\n";
} catch (\UnhandledMatchError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo match (Level::High) { Level::Low => 'l' }, "\n";
} catch (\UnhandledMatchError $e) {
    echo $e->getMessage(), "\n";
}
// match on the backing value
echo match (Level::from(5)->value) { 1 => 'one', 5 => 'five', 10 => 'ten' }, "\n";

// switch uses loose comparison, which for enums is identity
function sw($x) {
    switch ($x) {
        case Direction::East: return 'east';
        case Level::Low: return 'low';
        case 'North': return 'string North';
        default: return 'other';
    }
}
echo sw(Direction::East), " ", sw(Level::Low), " ", sw(Direction::North), " ", sw('North'), "\n";

// enums in arrays: strict and loose searches
$dirs = [Direction::West, Direction::East];
var_dump(in_array(Direction::East, $dirs, true), in_array(Direction::North, $dirs), array_search(Direction::East, $dirs, true));
