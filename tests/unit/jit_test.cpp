// The JIT tier inside one Engine: compiled loops and functions are kept by the Engine and run again, without
// recompiling, by its next requests (the code holds nothing of the request that compiled it).
#include <doctest.h>

#include <fstream>

#include "jit/jit.h"
#include "tests/unit/shared_engine.h"

TEST_CASE("loops and functions compiled in one request run compiled in the next, with the same results") {
  phpovm::jit::Settings on;
  on.enabled = true;
  on.hot_loop = 2;
  on.hot_func = 2;
  on.background = false;  // compiled before the first request ends
  phpovm::jit::configure(on);
  std::string source = "/tmp/phpovm_jit_test.php";
  std::ofstream(source) << R"PHP(<?php
function collatz_steps($n) {
    $steps = 0;
    while ($n != 1) {
        $n = $n % 2 == 0 ? intdiv($n, 2) : 3 * $n + 1;
        $steps++;
    }
    return $steps;
}
function sum_to($n) {
    $s = 0.5;
    for ($i = 0; $i < $n; $i++) {
        $s += $i * 1.5;
    }
    return $s;
}
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
exit((int) (sum_to(1000) - 749250) + collatz_steps(27) % 100 + fib(15) - 600);
)PHP";
  std::string bytes, error;
  REQUIRE_MESSAGE(shared_engine().compile(source, bytes, error), error);
  std::string image = "/tmp/phpovm_jit_test.phpo";
  std::ofstream(image, std::ios::binary) << bytes;
  // sum_to(1000) = 0.5 + 1.5 * 499500 = 749250.5; collatz(27) takes 111 steps; fib(15) = 610.
  // Counts are kept across requests too: sum_to(), called once a request, is compiled in the second.
  for (int i = 0; i < 2; i++) CHECK(shared_engine().run_file(image, {image}) == 21);
  phpovm::jit::Stats first = phpovm::jit::stats();
  CHECK(first.loops >= 1);
  CHECK(first.functions >= 1);
  CHECK(first.entries >= 1);
  for (int i = 0; i < 3; i++) CHECK(shared_engine().run_file(image, {image}) == 21);
  phpovm::jit::Stats later = phpovm::jit::stats();
  CHECK(later.loops == first.loops);
  CHECK(later.functions == first.functions);
  CHECK(later.entries > first.entries);
  phpovm::jit::configure({});
}
