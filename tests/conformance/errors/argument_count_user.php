<?php
// Too few arguments to a user function called from nested user code: ArgumentCountError with trace.
function connect($host, $port, $timeout = 30) {
    return "$host:$port ($timeout s)";
}
function setup(array $cfg) {
    echo connect($cfg["host"], $cfg["port"]), "\n";
    return connect($cfg["host"]);
}
echo connect("a", 1, 5), "\n";
echo setup(["host" => "db.local", "port" => 5432]), "\n";
