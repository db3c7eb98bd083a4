// A large synthetic PHP file for the image benchmarks (parse, verify, link): plain functions with
// loops, branches, arrays, strings, try/catch and match, and classes with constants, typed and
// promoted properties, methods and closures. The same arguments always give the same source.
#pragma once
#include <string>

namespace phpovm::micro {

inline std::string generated_source(int functions, int classes) {
  std::string s = "<?php\n";
  for (int i = 0; i < functions; i++) {
    std::string n = std::to_string(i);
    std::string callee = i == 0 ? "strlen($msg)" : "fn_" + std::to_string(i - 1) + "($s % 10, $b)";
    s += "/** Generated function " + n + ". */\n";
    s += "function fn_" + n + "($a, $b = 2, ...$rest) {\n";
    s += "  $s = 0;\n";
    s += "  for ($k = 0; $k < $a; $k++) {\n";
    s += "    if ($k % 3 == 0) { $s += $k * $b; }\n";
    s += "    elseif ($k % 3 == 1) { $s -= strlen(\"str_" + n + "_$k\"); }\n";
    s += "    else { $s ^= $k + " + n + "; }\n";
    s += "  }\n";
    s += "  $arr = ['key_" + n + "' => $s, 'n' => $a, 'list' => [1, 2, 3, " + n + "], 'rest' => $rest];\n";
    s += "  foreach ($arr as $key => $value) {\n";
    s += "    if (is_array($value)) { $s += count($value); } else { $s += (int) $value + strlen($key); }\n";
    s += "  }\n";
    s += "  $msg = sprintf(\"fn_" + n + ": %d %s\", $s, implode(',', array_keys($arr)));\n";
    s += "  try {\n";
    s += "    if ($s < 0) { throw new RuntimeException($msg, " + n + "); }\n";
    s += "  } catch (RuntimeException $e) {\n";
    s += "    $s = -$s + $e->getCode();\n";
    s += "  }\n";
    s += "  return match (true) { $s > 1000 => " + callee + ", $s < 0 => 0, default => $s + strlen($msg) };\n";
    s += "}\n\n";
  }
  s += "abstract class GeneratedBase implements Countable {\n";
  s += "  abstract public function total(): int;\n";
  s += "  public function describe(): string { return static::class . '#' . $this->count(); }\n";
  s += "}\n\n";
  for (int j = 0; j < classes; j++) {
    std::string n = std::to_string(j);
    s += "final class Generated_" + n + " extends GeneratedBase {\n";
    s += "  const LIMIT = " + n + ";\n";
    s += "  public const NAMES = ['first_" + n + "', 'second_" + n + "', 'third'];\n";
    s += "  private array $items = [];\n";
    s += "  protected static int $instances = 0;\n";
    s += "  public function __construct(private int $id, protected ?string $name = null) { self::$instances++; }\n";
    s += "  public function add(int $x): static { $this->items[] = $x * self::LIMIT; return $this; }\n";
    s += "  public function count(): int { return count($this->items); }\n";
    s += "  public function total(): int { return array_sum(array_map(fn($v) => $v + $this->id, $this->items)); }\n";
    s += "  public function name(): string { return $this->name ?? self::NAMES[$this->id % 3]; }\n";
    s += "  public static function make(int $n): self {\n";
    s += "    $o = new self($n, 'g" + n + "');\n";
    s += "    for ($i = 0; $i < $n; $i++) { $o->add($i); }\n";
    s += "    return $o;\n";
    s += "  }\n";
    s += "}\n\n";
  }
  s += "echo fn_" + std::to_string(functions > 0 ? functions - 1 : 0) + "(5), \"\\n\";\n";
  return s;
}

}  // namespace phpovm::micro
