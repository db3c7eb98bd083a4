<?php
// Variable property names on stdClass: $obj->$name, $obj->{'expr'}, reads, isset, unset.
$obj = new stdClass;
$prop = 'dynamic';
$obj->$prop = 'prop value';
$obj->{'a-b'} = 'dash';
$obj->{$prop . '2'} = 2;
var_dump($obj);
echo $obj->$prop, " ", $obj->{'a-b'}, "\n";
var_dump(isset($obj->$prop), isset($obj->{'zzz'}));
$names = ['x', 'y', 'z'];
foreach ($names as $i => $n) {
    $obj->$n = $i;
}
unset($obj->$prop);
echo implode(",", array_keys(get_object_vars($obj))), "\n";
$obj->$n .= "!";
$obj->{'y'} += 10;
var_dump($obj->z, $obj->y);
echo $obj->$prop ?? "gone\n";
