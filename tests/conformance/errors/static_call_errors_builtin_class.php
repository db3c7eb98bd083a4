<?php
foreach ([fn() => DateTime::nope(), fn() => DateTime::format('Y'), function () { $f = 'DateTime::nope'; $f(); },
          function () { $f = ['DateTime', 'format']; $f('Y'); }, function () { $f = 'DateTime::createFromFormat'; var_dump($f('Y', 'x')); },
          function () { $f = ['DateTimeImmutable', 'nope']; $f(); }] as $c) {
  try { $c(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
