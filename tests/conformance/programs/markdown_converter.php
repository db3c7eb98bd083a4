<?php
// A small Markdown-to-HTML converter: headings, emphasis, code, links, lists, blockquotes, tables.
$markdown = <<<'MD'
# Project *phpovm*

A **fast** VM for `PHP 8.2`. See [the docs](https://example.com/docs?a=1&b=2) or
[issues](https://example.com/issues "Issue tracker").

## Features

- Compiles to **images**
- Runs *without* source
  - nested item (ignored nesting)
- Uses `libphp` for builtins

1. Compile
2. Run
3. Profit <maybe>

> Quote with **bold** text
> spanning two lines

```
code block with <html> & *stars*
  indented
```

| Name | Value | Note |
|------|------:|------|
| alpha | 1 | first |
| beta | 22 | *second* |

Trailing paragraph with a line break  
and an escaped \*star\* and a_snake_case_word.

---
### Final heading ###
MD;

function escapeHtml($s)
{
    return htmlspecialchars($s, ENT_QUOTES | ENT_HTML5, 'UTF-8');
}

function inline($text)
{
    $placeholders = [];
    $text = preg_replace_callback('/`([^`]+)`/', 'codeSpan', $text);
    $text = str_replace(['\\*', '\\_'], ["\x01", "\x02"], $text);
    $text = escapeHtml($text);
    $text = preg_replace('/\*\*(.+?)\*\*/', '<strong>$1</strong>', $text);
    $text = preg_replace('/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/', '<em>$1</em>', $text);
    $text = preg_replace_callback('/\[([^\]]+)\]\(([^)\s]+)(?:\s+&quot;([^&]*)&quot;)?\)/', 'linkTag', $text);
    $text = preg_replace('/ {2,}$/m', '<br>', $text);
    $text = str_replace(["\x01", "\x02"], ['*', '_'], $text);
    return preg_replace_callback('/\x03(\d+)\x03/', 'restoreCode', $text);
}

$codeSpans = [];
function codeSpan($m)
{
    global $codeSpans;
    $codeSpans[] = '<code>' . escapeHtml($m[1]) . '</code>';
    return "\x03" . (count($codeSpans) - 1) . "\x03";
}

function restoreCode($m)
{
    global $codeSpans;
    return $codeSpans[(int) $m[1]];
}

function linkTag($m)
{
    $title = isset($m[3]) && $m[3] !== '' ? " title=\"{$m[3]}\"" : '';
    return "<a href=\"{$m[2]}\"$title>{$m[1]}</a>";
}

function convert($md)
{
    $lines = explode("\n", str_replace("\r\n", "\n", $md));
    $html = [];
    $para = [];
    $list = null;
    $inCode = false;
    $code = [];
    $quote = [];
    $table = [];
    $flushPara = function_exists('inline');
    $n = count($lines);
    for ($i = 0; $i <= $n; $i++) {
        $line = $i < $n ? $lines[$i] : '';
        if ($inCode) {
            if (rtrim($line) === '```') {
                $html[] = '<pre><code>' . escapeHtml(implode("\n", $code)) . '</code></pre>';
                $inCode = false;
                $code = [];
            } else {
                $code[] = $line;
            }
            continue;
        }
        $isList = preg_match('/^(\s*)([-*+]|\d+\.)\s+(.*)$/', $line, $lm);
        $isQuote = str_starts_with($line, '>');
        $isTable = str_starts_with(trim($line), '|');
        if (($para && (trim($line) === '' || $isList || $isQuote || $isTable || $i === $n))) {
            $html[] = '<p>' . inline(implode("\n", $para)) . '</p>';
            $para = [];
        }
        if ($list !== null && !$isList) {
            $html[] = "</{$list}>";
            $list = null;
        }
        if ($quote && !$isQuote) {
            $html[] = '<blockquote>' . inline(implode(' ', $quote)) . '</blockquote>';
            $quote = [];
        }
        if ($table && !$isTable) {
            $html[] = renderTable($table);
            $table = [];
        }
        if ($i === $n) {
            break;
        }
        if (rtrim($line) === '```') {
            $inCode = true;
        } elseif (preg_match('/^(#{1,6})\s+(.*?)\s*#*\s*$/', $line, $hm)) {
            $level = strlen($hm[1]);
            $id = trim(preg_replace('/[^a-z0-9]+/', '-', strtolower(strip_tags(inline($hm[2])))), '-');
            $html[] = sprintf('<h%d id="%s">%s</h%d>', $level, $id, inline($hm[2]), $level);
        } elseif (preg_match('/^\s*([-*_])(\s*\1){2,}\s*$/', $line)) {
            $html[] = '<hr>';
        } elseif ($isList) {
            $type = ctype_digit_like(rtrim($lm[2], '.')) ? 'ol' : 'ul';
            if ($list !== $type) {
                if ($list !== null) {
                    $html[] = "</{$list}>";
                }
                $html[] = "<{$type}>";
                $list = $type;
            }
            $html[] = '  <li>' . inline($lm[3]) . '</li>';
        } elseif ($isQuote) {
            $quote[] = ltrim(substr($line, 1));
        } elseif ($isTable) {
            $table[] = $line;
        } elseif (trim($line) !== '') {
            $para[] = $line;
        }
    }
    return implode("\n", $html) . "\n";
}

function ctype_digit_like($s)
{
    return $s !== '' && strspn($s, '0123456789') === strlen($s);
}

function renderTable($rows)
{
    $cells = [];
    foreach ($rows as $r) {
        $cells[] = array_map('trim', explode('|', trim(trim($r), '|')));
    }
    $header = array_shift($cells);
    $align = [];
    foreach (array_shift($cells) as $i => $spec) {
        $align[$i] = str_ends_with($spec, ':') ? (str_starts_with($spec, ':') ? 'center' : 'right') : 'left';
    }
    $out = "<table>\n  <tr>";
    foreach ($header as $i => $h) {
        $out .= '<th style="text-align:' . $align[$i] . '">' . inline($h) . '</th>';
    }
    $out .= "</tr>\n";
    foreach ($cells as $row) {
        $out .= '  <tr>';
        foreach ($row as $i => $c) {
            $out .= '<td style="text-align:' . ($align[$i] ?? 'left') . '">' . inline($c) . '</td>';
        }
        $out .= "</tr>\n";
    }
    return $out . '</table>';
}

$html = convert($markdown);
echo $html;
echo str_repeat('-', 40), "\n";
printf("%d lines of markdown -> %d bytes of HTML, %d tags, %d code spans\n", substr_count($markdown, "\n") + 1, strlen($html), preg_match_all('/<[a-z][a-z0-9]*/', $html), count($codeSpans));
$tags = [];
preg_match_all('/<([a-z][a-z0-9]*)/', $html, $tm);
foreach ($tm[1] as $t) {
    $tags[$t] = ($tags[$t] ?? 0) + 1;
}
arsort($tags);
echo json_encode($tags), "\n";
