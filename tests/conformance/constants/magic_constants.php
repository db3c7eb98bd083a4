<?php
// Magic constants (__LINE__, __FILE__ via basename, __DIR__ via basename, __FUNCTION__).
echo "line ", __LINE__, "\n";
echo basename(__FILE__), "\n";
echo basename(__DIR__), "\n";
var_dump(__FILE__ === __DIR__ . "/" . basename(__FILE__));
var_dump(__FUNCTION__);
function whoAmI() {
    return __FUNCTION__ . "@" . __LINE__;
}
echo whoAmI(), "\n";
echo "multi-line expression on ",
    __LINE__,
    "\n";
$x = [__LINE__, __LINE__ + 1];
var_dump($x);
var_dump(strlen(__FILE__) > strlen(basename(__FILE__)), str_ends_with(__FILE__, "constants/magic_constants.php"));
var_dump(__NAMESPACE__, __CLASS__);
