<?php
// A compound assignment to a non-numeric string offset is a TypeError about the offset type.
$title = "report";
$title[0] = strtoupper($title[0]);
echo $title, "\n";
$title .= "!";
echo $title, "\n";
$title["suffix"] .= "-final";
echo "not reached\n";
