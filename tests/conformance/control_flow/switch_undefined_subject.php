<?php
// switch on an undefined variable: each case comparison reads it (and warns), then default runs.
function route($path) {
    switch ($method) {
        case "GET":
            return "get $path";
        case "POST":
            return "post $path";
        default:
            return "unknown method for $path";
    }
}
echo route("/home"), "\n";
switch ($undefinedCode) {
    case 1: echo "one\n"; break;
    case 2: echo "two\n"; break;
    case 3: echo "three\n"; break;
    case 4: echo "four\n"; break;
    case 5: echo "five\n"; break;
    default: echo "no code\n";
}
$defined = "POST";
switch ($defined) {
    case "GET": echo "get\n"; break;
    case "POST": echo "post\n"; break;
}
