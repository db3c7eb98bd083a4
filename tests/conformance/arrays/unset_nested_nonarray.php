<?php
// unset() of nested offsets when an intermediate value is missing, null, false or undefined.
$config = ['db' => ['host' => 'x', 'pass' => 'secret'], 'flag' => false, 'name' => 'app', 'nothing' => null];
unset($config['db']['pass']);
unset($config['missing']['deeper']);
unset($config['nothing']['deeper']);
unset($config['flag']['x']);
unset($config['flag']['x']['y']);
unset($neverSet['a']['b']);
$f = false;
unset($f['k']['j']);
var_dump($config, $f);
echo "unset through a string:\n";
unset($config['name'][0]['x']);
echo "not reached\n";
