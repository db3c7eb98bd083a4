<?php
// bench/tools/generate.php DIR: writes the project bench/tools/run times tools on: a Composer
// project (composer.json, 150 PSR-4 classes under src/, 150 classmap classes under lib/) and a
// PHPUnit suite of 30 test classes with 10 tests each over those classes.
[$_, $dir] = $argv + [null, null];
if ($dir === null) { fwrite(STDERR, "usage: generate.php DIR\n"); exit(1); }
@mkdir("$dir/src/Text", 0777, true);
@mkdir("$dir/lib", 0777, true);
@mkdir("$dir/tests", 0777, true);
file_put_contents("$dir/composer.json", json_encode([
    'name' => 'phpovm/bench-tools',
    'description' => 'The project bench/tools/run times Composer and PHPUnit on',
    'type' => 'library',
    'license' => 'MIT',
    'require' => ['php' => '>=8.1'],
    'autoload' => ['psr-4' => ['Bench\\' => 'src/'], 'classmap' => ['lib/']],
    'autoload-dev' => ['psr-4' => ['Bench\\Tests\\' => 'tests/']],
], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
for ($i = 0; $i < 150; $i++) {
    file_put_contents("$dir/src/Text/Filter$i.php", <<<PHP
<?php
declare(strict_types=1);

namespace Bench\Text;

/** Filter number $i: a few string and array operations with a seed of its own. */
final class Filter$i
{
    public function __construct(private int \$seed = $i) {}

    public function apply(string \$text): string
    {
        \$words = preg_split('/\\s+/', trim(\$text)) ?: [];
        \$out = [];
        foreach (\$words as \$n => \$word) {
            \$out[] = (\$n + \$this->seed) % 2 === 0 ? strtoupper(\$word) : strrev(\$word);
        }
        return implode(' ', \$out);
    }

    public function score(array \$values): int
    {
        return array_sum(array_map(fn (int \$v): int => \$v * \$this->seed % 97, \$values));
    }
}

PHP);
    file_put_contents("$dir/lib/legacy_$i.php", "<?php\nclass Legacy_$i { const ID = $i; public static function id() { return self::ID; } }\n");
}
for ($t = 0; $t < 30; $t++) {
    $tests = '';
    for ($k = 0; $k < 10; $k++) {
        $f = ($t * 5 + $k) % 150;
        $seed = $f;
        $text = "alpha beta gamma delta $k";
        $words = explode(' ', $text);
        $expected = [];
        foreach ($words as $n => $w) $expected[] = ($n + $seed) % 2 === 0 ? strtoupper($w) : strrev($w);
        $expectedText = implode(' ', $expected);
        $values = [1, 2, 3, $k];
        $score = array_sum(array_map(fn ($v) => $v * $seed % 97, $values));
        $tests .= <<<PHP

    public function testFilter{$f}Case$k(): void
    {
        \$filter = new Filter$f();
        \$this->assertSame('$expectedText', \$filter->apply('$text'));
        \$this->assertSame($score, \$filter->score([1, 2, 3, $k]));
    }

PHP;
    }
    file_put_contents("$dir/tests/Filters{$t}Test.php", <<<PHP
<?php
declare(strict_types=1);

namespace Bench\Tests;

use Bench\Text\\Filter0;
use PHPUnit\Framework\TestCase;
$tests
PHP);
    // each test file names the filters it uses
    $src = file_get_contents("$dir/tests/Filters{$t}Test.php");
    $uses = '';
    for ($k = 0; $k < 10; $k++) $uses .= "use Bench\\Text\\Filter" . (($t * 5 + $k) % 150) . ";\n";
    $src = str_replace("use Bench\\Text\\Filter0;\n", $uses, $src);
    $src = preg_replace('/\n\n    public/', "\nfinal class Filters{$t}Test extends TestCase\n{\n    public", $src, 1) . "}\n";
    file_put_contents("$dir/tests/Filters{$t}Test.php", $src);
}
file_put_contents("$dir/phpunit.xml", <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<phpunit bootstrap="vendor/autoload.php" colors="false" cacheResult="false">
  <testsuites>
    <testsuite name="bench"><directory>tests</directory></testsuite>
  </testsuites>
</phpunit>

XML);
