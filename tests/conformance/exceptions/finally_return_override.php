<?php
// finally after returns from catch, finally overriding a catch's return, return inside finally's own try.
function h() {
    try {
        return "try";
    } catch (Exception $e) {
        return "catch";
    } finally {
        echo "h: finally\n";
    }
}
function i() {
    try {
        throw new Exception("boom");
    } catch (Exception $e) {
        return "catch " . $e->getMessage();
    } finally {
        echo "i: finally after return in catch\n";
    }
}
function j() {
    foreach ([1, 2, 3] as $v) {
        try {
            if ($v == 2) return "returned at $v";
        } finally {
            echo "j: finally $v\n";
        }
    }
    return "none";
}
function k() {
    try {
        throw new Exception("k");
    } catch (Exception $e) {
        return "catch value";
    } finally {
        return "finally wins over catch";
    }
}
function l() {
    try {
        return "outer try";
    } finally {
        try {
            return "inner try in finally";
        } finally {
            echo "l: innermost finally\n";
        }
    }
}
function m(): int {
    try {
        return 1;
    } finally {
        echo "m: typed return\n";
    }
}
var_dump(h());
var_dump(i());
var_dump(j());
var_dump(k());
var_dump(l());
var_dump(m());
