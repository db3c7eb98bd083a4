<?php
// Variable variables in global scope and function scope.
$name = 'greeting';
$$name = 'hello';
echo $greeting, "\n";
${'with space'} = 'odd name';
echo ${'with space'}, "\n";
$prefix = 'item';
for ($i = 1; $i <= 3; $i++) {
    ${$prefix . $i} = $i * $i;
}
echo "$item1 $item2 $item3\n";
$arrName = 'data';
$$arrName = [];
${$arrName}[] = 'first';
${$arrName}['k'] = 'keyed';
print_r($data);
$indirect = 'name';
echo $$$indirect, "\n";
$ref = 'target';
$target = 1;
$alias = &$$ref;
$alias = 42;
echo "target=$target\n";
function localVV() {
    $x = 'y';
    $$x = 'local y';
    $names = [];
    foreach (get_defined_vars() as $k => $v) {
        $names[] = "$k=" . (is_array($v) ? 'array' : $v);
    }
    return implode(', ', $names);
}
echo localVV(), "\n";
echo isset($y) ? "y leaked\n" : "y stayed local\n";
$numeric = '123';
$$numeric = 'numeric name';
echo ${'123'}, "\n";
var_dump(isset($$numeric), isset(${'nope'}));
unset($$name);
var_dump(isset($greeting));
$fnName = 'strtoupper';
echo $fnName('called by name'), "\n";
$vv = 'undefinedTarget';
echo $$vv ?? "coalesced undefined\n";
echo $$vv;
echo "| end\n";
