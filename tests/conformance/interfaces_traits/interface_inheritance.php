<?php
// Interfaces extending several interfaces; instanceof and class_implements.
interface Readable { public function read(): string; }
interface Writable { public function write(string $s): int; }
interface Seekable { public function seek(int $pos): void; }
interface Stream extends Readable, Writable {}
interface SeekableStream extends Stream, Seekable {}

class Memory implements SeekableStream, Countable {
    private string $buf = '';
    private int $pos = 0;
    public function read(): string { $r = substr($this->buf, $this->pos); $this->pos = strlen($this->buf); return $r; }
    public function write(string $s): int { $this->buf .= $s; return strlen($s); }
    public function seek(int $pos): void { $this->pos = $pos; }
    public function count(): int { return strlen($this->buf); }
}
class ReadOnlyMem extends Memory implements Readable {}

$m = new Memory();
echo $m->write("hello "), $m->write("world"), "\n";
$m->seek(6);
echo $m->read(), "|", $m->read(), "|", count($m), "\n";

foreach (['Readable', 'Writable', 'Seekable', 'Stream', 'SeekableStream', 'Countable', 'Traversable'] as $i) {
    printf("%-15s %s\n", $i, var_export($m instanceof $i, true));
}
$impl = class_implements($m);
ksort($impl);
print_r($impl);
$impl2 = class_implements('ReadOnlyMem');
ksort($impl2);
print_r($impl2);
var_dump(is_subclass_of('SeekableStream', 'Readable'), is_subclass_of($m, 'Stream'));
var_dump(is_a('SeekableStream', 'Stream', true), interface_exists('Stream'), class_exists('Stream'));
$parents = (new ReflectionClass('SeekableStream'))->getInterfaceNames();
sort($parents);
print_r($parents);

// type declarations using interfaces
function copyStream(Readable $from, Writable $to): int { return $to->write($from->read()); }
$a = new Memory(); $a->write('abc'); $a->seek(0);
$b = new Memory();
echo copyStream($a, $b), " ", count($b), "\n";
function both(Readable&Countable $x): int { return count($x); }
echo both($b), "\n";
try {
    both(new class implements Readable { public function read(): string { return ''; } });
} catch (TypeError $e) {
    echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n";
}
try {
    $x = new Stream();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
