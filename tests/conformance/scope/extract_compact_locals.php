<?php
// extract() flags and compact() inside functions, get_defined_vars, dynamic locals via $$.
function render($template, $vars) {
    $result = $template;
    extract($vars, EXTR_SKIP);
    foreach (array_keys($vars) as $name) {
        if (isset($$name) && is_scalar($$name)) {
            $result = str_replace("{" . $name . "}", (string) $$name, $result);
        }
    }
    return $result;
}
echo render("Hello {name}, you are {age}. {result} {missing}", ["name" => "Ann", "age" => 31, "result" => "overwrite?", "tags" => ["x"]]), "\n";
function flags() {
    $size = "large";
    $color = "red";
    $n = extract(["size" => "small", "shape" => "round"], EXTR_PREFIX_SAME, "new");
    var_dump($n, $size, $new_size, $shape);
    $n = extract(["color" => "blue", "weight" => 5], EXTR_IF_EXISTS);
    var_dump($n, $color, isset($weight));
    $n = extract(["color" => "green", "height" => 2], EXTR_PREFIX_IF_EXISTS, "p");
    var_dump($n, $color, $p_color, isset($p_height), isset($height));
    $n = extract(["1abc" => 1, "ok_name" => 2, "with space" => 3, "ä" => 4], EXTR_PREFIX_INVALID, "v");
    var_dump($n, $ok_name);
    $vars = get_defined_vars();
    ksort($vars);
    echo implode(",", array_keys($vars)), "\n";
    return compact("size", "color", ["shape", ["ok_name"]]);
}
var_dump(flags());
function counter() {
    $names = ["alpha", "beta", "gamma"];
    foreach ($names as $i => $nm) {
        $$nm = $i * 10;
    }
    $total = 0;
    foreach ($names as $nm) {
        $total += $$nm;
    }
    var_dump($alpha, $beta, $gamma, $total);
    $ref = "names";
    var_dump(count($$ref), ${"gam" . "ma"}, ${'ref'});
    $arrName = "list";
    ${$arrName}[] = "first";
    ${$arrName}["k"] = "second";
    var_dump($list);
    unset(${"beta"});
    var_dump(isset($beta), compact("alpha", "beta"));
}
counter();
$top = "global-top";
$vv = "top";
echo $$vv, " ", ${"t" . "op"}, "\n";
$$vv = "changed";
echo $top, "\n";
extract(["fromExtract" => "yes"]);
echo $fromExtract, "\n";
var_dump(compact("top", "nonexistent"));
