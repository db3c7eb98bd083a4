<?php
// An uncaught exception as the final statement: "Uncaught ..." fatal error and exit status 255.
function validate($x) {
    if ($x < 0) {
        throw new InvalidArgumentException("negative value: $x", 3);
    }
    return $x;
}
echo validate(4), "\n";
try {
    validate(-1);
} catch (InvalidArgumentException $e) {
    echo "caught once: ", $e->getMessage(), "\n";
}
echo "about to fail\n";
validate(-2);
