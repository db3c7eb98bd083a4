<?php
// Output buffering with string callbacks, nesting, chunk sizes, and an uncaught error with an open buffer.
function shout($buffer) {
    // The path in a message is left as it is: the output does not depend on where it runs.
    return strtoupper(str_replace(__FILE__, '<file>', $buffer));
}
function bracket($buffer, $phase) {
    return "[" . $buffer . "]";
}
ob_start();
echo "level one ";
ob_start('shout');
echo "level two ";
ob_end_flush();
$captured = ob_get_clean();
var_dump($captured, ob_get_level());
ob_start('bracket', 8);
$digits = implode("", range(0, 9));
echo $digits;
echo strtolower("ABC");
ob_end_flush();
echo "\n";
ob_start();
print "printed ";
printf("%05.1f ", 3.14159);
var_dump(true);
$all = ob_get_contents();
ob_end_clean();
echo strlen($all), ": ", str_replace("\n", "\\n", $all), "\n";
ob_start('shout');
echo "still buffered when the error happens\n";
echo intdiv(1, 0);
