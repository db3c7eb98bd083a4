<?php
// Division by a float zero also throws.
var_dump(1.5 / 2);
$z = 0.0;
var_dump(-1 / $z);
