<?php
// Writing through a string offset as if it were an array: the offset is validated first (warning), then Error.
$settings = ["theme" => "dark", "size" => "12"];
$settings["theme"][0] = "D";
echo $settings["theme"], "\n";
echo "nested write with a leading-numeric offset:\n";
$settings["size"]["1x"]["unit"] = "px";
echo "not reached\n";
