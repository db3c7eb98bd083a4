<?php
// Builtin int parameters: numeric strings are coerced, floats with fractions are deprecated, others throw.
var_dump(str_repeat("ab", "2"), str_repeat("ab", 2.0), str_repeat("ab", true));
var_dump(str_repeat("ab", 2.5));
var_dump(substr("abcdef", "1", "3"), intdiv("9", "2"), chr("65"));
echo "non-numeric string to an int parameter:\n";
var_dump(str_repeat("ab", "two"));
echo "not reached\n";
