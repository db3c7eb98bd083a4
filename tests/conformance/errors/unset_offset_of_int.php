<?php
// unset() of a two-level offset whose outer container is an int is an Error.
$counts = ['apples' => 3, 'pears' => ['small' => 1, 'large' => 2]];
unset($counts['pears']['small']);
var_dump($counts);
$total = 10;
unset($total['by']['region']);
echo "not reached\n";
