<?php
// return inside try with finally; finally overriding or not overriding the returned value.
function a() {
    try {
        echo "a: try\n";
        return "from try";
    } finally {
        echo "a: finally\n";
    }
}
function b() {
    try {
        return "from try";
    } finally {
        return "from finally";
    }
}
function c() {
    try {
        throw new Exception("lost");
    } finally {
        return "finally swallows the exception";
    }
}
function d() {
    $x = 1;
    try {
        return $x;            // the value is fixed before finally runs
    } finally {
        $x = 2;
        echo "d: x set to $x in finally\n";
    }
}
function e() {
    $arr = [1];
    try {
        return $arr;
    } finally {
        $arr[] = 2;
    }
}
function f($n) {
    try {
        if ($n > 0) return "positive";
        echo "f: fell through try\n";
    } finally {
        echo "f($n): finally\n";
    }
    return "after finally";
}
function g() {
    try {
        try {
            return "inner";
        } finally {
            echo "g: inner finally\n";
        }
    } finally {
        echo "g: outer finally\n";
    }
}
var_dump(a());
var_dump(b());
var_dump(c());
var_dump(d());
var_dump(e());
var_dump(f(1));
var_dump(f(0));
var_dump(g());
