<?php
// Arithmetic expression tokenizer, recursive-descent parser and evaluator (AST = arrays, errors as values).

const T_NUM = "num";
const T_IDENT = "ident";
const T_OP = "op";
const T_LPAREN = "(";
const T_RPAREN = ")";
const T_COMMA = ",";
const T_END = "end";
function tokenize($src) {
    $tokens = [];
    $i = 0;
    $n = strlen($src);
    while ($i < $n) {
        $c = $src[$i];
        if ($c === " " || $c === "\t") {
            $i++;
            continue;
        }
        if (($c >= "0" && $c <= "9") || $c === ".") {
            $start = $i;
            while ($i < $n && (($src[$i] >= "0" && $src[$i] <= "9") || $src[$i] === ".")) {
                $i++;
            }
            $text = substr($src, $start, $i - $start);
            if (substr_count($text, ".") > 1) {
                return ["error" => "malformed number '$text' at $start"];
            }
            $tokens[] = [T_NUM, str_contains($text, ".") ? (float)$text : (int)$text, $start];
            continue;
        }
        if (($c >= "a" && $c <= "z") || ($c >= "A" && $c <= "Z") || $c === "_") {
            $start = $i;
            while ($i < $n && is_word_char($src[$i])) {
                $i++;
            }
            $tokens[] = [T_IDENT, substr($src, $start, $i - $start), $start];
            continue;
        }
        if (str_contains("+-*/%^", $c)) {
            $tokens[] = [T_OP, $c, $i];
        } elseif ($c === "(") {
            $tokens[] = [T_LPAREN, $c, $i];
        } elseif ($c === ")") {
            $tokens[] = [T_RPAREN, $c, $i];
        } elseif ($c === ",") {
            $tokens[] = [T_COMMA, $c, $i];
        } else {
            return ["error" => "unexpected character '$c' at $i"];
        }
        $i++;
    }
    $tokens[] = [T_END, null, $n];
    return ["tokens" => $tokens];
}

function is_word_char($c) {
    return ($c >= "a" && $c <= "z") || ($c >= "A" && $c <= "Z") || ($c >= "0" && $c <= "9") || $c === "_";
}

// Parser state is threaded through as [tokens, pos]; each parse function returns [node, pos] or ["error" => ...].
function parse_expr($toks, $pos) {
    $left = parse_term($toks, $pos);
    if (isset($left["error"])) return $left;
    [$node, $pos] = $left;
    while ($toks[$pos][0] === T_OP && ($toks[$pos][1] === "+" || $toks[$pos][1] === "-")) {
        $op = $toks[$pos][1];
        $right = parse_term($toks, $pos + 1);
        if (isset($right["error"])) return $right;
        [$rnode, $pos] = $right;
        $node = ["bin", $op, $node, $rnode];
    }
    return [$node, $pos];
}

function parse_term($toks, $pos) {
    $left = parse_unary($toks, $pos);
    if (isset($left["error"])) return $left;
    [$node, $pos] = $left;
    while ($toks[$pos][0] === T_OP && in_array($toks[$pos][1], ["*", "/", "%"], true)) {
        $op = $toks[$pos][1];
        $right = parse_unary($toks, $pos + 1);
        if (isset($right["error"])) return $right;
        [$rnode, $pos] = $right;
        $node = ["bin", $op, $node, $rnode];
    }
    return [$node, $pos];
}

function parse_unary($toks, $pos) {
    if ($toks[$pos][0] === T_OP && $toks[$pos][1] === "-") {
        $inner = parse_unary($toks, $pos + 1);
        if (isset($inner["error"])) return $inner;
        return [["neg", $inner[0]], $inner[1]];
    }
    return parse_power($toks, $pos);
}

function parse_power($toks, $pos) {
    $base = parse_primary($toks, $pos);
    if (isset($base["error"])) return $base;
    [$node, $pos] = $base;
    if ($toks[$pos][0] === T_OP && $toks[$pos][1] === "^") {
        $exp = parse_unary($toks, $pos + 1); // right associative
        if (isset($exp["error"])) return $exp;
        return [["bin", "^", $node, $exp[0]], $exp[1]];
    }
    return [$node, $pos];
}

function parse_primary($toks, $pos) {
    [$type, $value, $at] = $toks[$pos];
    switch ($type) {
        case T_NUM:
            return [["num", $value], $pos + 1];
        case T_IDENT:
            if ($toks[$pos + 1][0] === T_LPAREN) {
                $args = [];
                $pos += 2;
                if ($toks[$pos][0] !== T_RPAREN) {
                    while (true) {
                        $arg = parse_expr($toks, $pos);
                        if (isset($arg["error"])) return $arg;
                        $args[] = $arg[0];
                        $pos = $arg[1];
                        if ($toks[$pos][0] === T_COMMA) {
                            $pos++;
                            continue;
                        }
                        break;
                    }
                }
                if ($toks[$pos][0] !== T_RPAREN) {
                    return ["error" => "expected ')' after arguments at " . $toks[$pos][2]];
                }
                return [["call", strtolower($value), $args], $pos + 1];
            }
            return [["var", $value], $pos + 1];
        case T_LPAREN:
            $inner = parse_expr($toks, $pos + 1);
            if (isset($inner["error"])) return $inner;
            if ($toks[$inner[1]][0] !== T_RPAREN) {
                return ["error" => "expected ')' at " . $toks[$inner[1]][2]];
            }
            return [$inner[0], $inner[1] + 1];
        default:
            return ["error" => "unexpected " . ($type === T_END ? "end of input" : "'$value'") . " at $at"];
    }
}

function parse($src) {
    $lex = tokenize($src);
    if (isset($lex["error"])) return $lex;
    $toks = $lex["tokens"];
    $res = parse_expr($toks, 0);
    if (isset($res["error"])) return $res;
    if ($toks[$res[1]][0] !== T_END) {
        return ["error" => "trailing input at " . $toks[$res[1]][2]];
    }
    return ["ast" => $res[0]];
}

function evaluate($node, $env) {
    switch ($node[0]) {
        case "num":
            return ["value" => $node[1]];
        case "var":
            if (!array_key_exists($node[1], $env)) {
                return ["error" => "unknown variable " . $node[1]];
            }
            return ["value" => $env[$node[1]]];
        case "neg":
            $v = evaluate($node[1], $env);
            return isset($v["error"]) ? $v : ["value" => -$v["value"]];
        case "call":
            $vals = [];
            foreach ($node[2] as $arg) {
                $r = evaluate($arg, $env);
                if (isset($r["error"])) return $r;
                $vals[] = $r["value"];
            }
            return match ($node[1]) {
                "abs" => count($vals) == 1 ? ["value" => abs($vals[0])] : ["error" => "abs takes 1 argument"],
                "sqrt" => count($vals) == 1 ? ["value" => sqrt($vals[0])] : ["error" => "sqrt takes 1 argument"],
                "max" => count($vals) > 0 ? ["value" => max($vals)] : ["error" => "max needs arguments"],
                "min" => count($vals) > 0 ? ["value" => min($vals)] : ["error" => "min needs arguments"],
                "sum" => ["value" => array_sum($vals)],
                default => ["error" => "unknown function " . $node[1]],
            };
        case "bin":
            $l = evaluate($node[2], $env);
            if (isset($l["error"])) return $l;
            $r = evaluate($node[3], $env);
            if (isset($r["error"])) return $r;
            $a = $l["value"];
            $b = $r["value"];
            if (($node[1] === "/" || $node[1] === "%") && $b == 0) {
                return ["error" => "division by zero"];
            }
            return ["value" => match ($node[1]) {
                "+" => $a + $b,
                "-" => $a - $b,
                "*" => $a * $b,
                "/" => $a / $b,
                "%" => $a % $b,
                "^" => $a ** $b,
            }];
    }
    return ["error" => "bad node " . $node[0]];
}

function to_rpn($node) {
    return match ($node[0]) {
        "num" => (string)$node[1],
        "var" => $node[1],
        "neg" => to_rpn($node[1]) . " neg",
        "call" => rpn_list($node[2]) . " " . $node[1] . "/" . count($node[2]),
        "bin" => to_rpn($node[2]) . " " . to_rpn($node[3]) . " " . $node[1],
    };
}

function rpn_list($nodes) {
    $out = "";
    foreach ($nodes as $i => $n) $out .= ($i ? " " : "") . to_rpn($n);
    return $out;
}

$env = ["x" => 3, "y" => 4.5, "big" => PHP_INT_MAX, "zero" => 0];
$inputs = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 / 5", "17 % 5", "x * x + y",
    "sqrt(x*x + 4*4)", "max(1, x, y, 2)", "min(abs(-7), 3) - -2", "sum(1, 2, 3, 4.5)", "sum()",
    "big + 1", "2 ^ 62 + 2 ^ 62", "0.1 + 0.2", "1 / 3 * 3", "((((x))))", "1 / zero", "5 % (x - 3)",
    "1 +", "(1 + 2", "1 2", "3 $ 4", "1..2 + 1", "foo(1)", "unknown + 1", "abs(1, 2)", "2 * -x", "--x",
];
foreach ($inputs as $i => $src) {
    printf("%2d) %-24s ", $i + 1, $src);
    $p = parse($src);
    if (isset($p["error"])) {
        echo "parse error: ", $p["error"], "\n";
        continue;
    }
    $r = evaluate($p["ast"], $env);
    if (isset($r["error"])) {
        echo "eval error: ", $r["error"], "  [rpn: ", to_rpn($p["ast"]), "]\n";
        continue;
    }
    echo "= ", var_export($r["value"], true), "  [rpn: ", to_rpn($p["ast"]), "]\n";
}
print_r(parse("max(1, -2)"));
