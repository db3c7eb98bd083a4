<?php
// Enum cases in constant expressions: class constants, property defaults,
// parameter defaults, static variables, and (PHP 8.2) ->value / ->name.
enum Mode: string {
    case Read = 'r';
    case Write = 'w';
    const DEFAULT = self::Read;
    const DEFAULT_VALUE = self::Read->value;
}

class File {
    const MODE = Mode::Write;
    const MODE_NAME = Mode::Write->name;
    const MODES = [Mode::Read->value => Mode::Read, Mode::Write->value => Mode::Write];
    public Mode $mode = Mode::DEFAULT;
    public string $flag = Mode::DEFAULT_VALUE . '+';

    public function open(Mode $m = Mode::Read, string $tag = Mode::Write->value): string {
        static $opened = [Mode::Read->name => 0];
        $opened[$m->name] = ($opened[$m->name] ?? 0) + 1;
        return "{$m->name}/$tag/" . json_encode($opened);
    }
}

const GLOBAL_MODE = Mode::Write;
define('DEFINED_MODE', Mode::Read);

var_dump(File::MODE, File::MODE_NAME, File::MODES);
var_dump(Mode::DEFAULT, Mode::DEFAULT_VALUE);
$f = new File();
var_dump($f->mode, $f->flag);
echo $f->open(), "\n", $f->open(Mode::Write), "\n", $f->open(tag: 'x'), "\n";
var_dump(GLOBAL_MODE, DEFINED_MODE, GLOBAL_MODE === Mode::Write);

function pick(Mode $m = GLOBAL_MODE) { return $m; }
var_dump(pick());

$param = (new ReflectionMethod('File', 'open'))->getParameters()[0];
var_dump($param->isDefaultValueAvailable(), $param->getDefaultValue());
var_dump((new ReflectionProperty('File', 'mode'))->getDefaultValue());

// match in a constant expression is not allowed, but ternaries are
class Pick {
    const WRITABLE = Mode::DEFAULT === Mode::Write ? 'yes' : 'no';
}
var_dump(Pick::WRITABLE);
var_dump(Mode::Read instanceof Mode);
