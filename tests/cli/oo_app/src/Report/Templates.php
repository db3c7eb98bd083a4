<?php
declare(strict_types=1);

namespace App\Report;

/**
 * The template sources of the application.
 */
final class Templates
{
    public const INVOICE = <<<'TPL'
{# one invoice; "lines" iterates sku => line #}
{% set rule = "-" %}
INVOICE {{ invoice.number|default("(draft)") }}  [{{ invoice.status|label }}]  ref {{ invoice.reference }}
Customer: {{ customer.name|upper }} <{{ customer.email }}>
{% if customer.address %}
Address:  {{ customer.address }}
{% else %}
Address:  (none on file)
{% endif %}
Tier:     {{ customer.tier.value|title }}{% if customer.tier.value == "gold" %} (loyalty member){% endif %}

{{ "#"|pad(3) }}{{ "SKU"|pad(9) }}{{ "Description"|pad(24) }}{{ "Qty"|pad(5, "right") }}{{ "Net"|pad(14, "right") }}
{% for sku, line in lines %}
{{ loop.index|pad(3) }}{{ sku|pad(9) }}{{ line.description|truncate(22)|pad(24) }}{{ line.quantity|pad(5, "right") }}{{ line.net|money|pad(14, "right") }}{% if line.taxRate.value != 20 %}  {{ line.taxRate|label }}{% endif %}

{% else %}
   (no lines)
{% endfor %}
{% include "totals" %}
{% if notes|length > 0 %}
Notes:
{% for note in notes %}
  {{ loop.index }}/{{ loop.length }} {{ note }}
{% endfor %}
{% endif %}
TPL;

    public const TOTALS = <<<'TPL'
{% set width = 41 %}
{{ "Subtotal"|pad(width) }}{{ totals.subtotal|money|pad(14, "right") }}
{% for label, amount in taxes %}
{{ label|pad(width) }}{{ amount|money|pad(14, "right") }}
{% endfor %}
{% for name, amount in discounts %}
{{ ("Discount: " ~ name)|truncate(width - 1)|pad(width) }}{{ (0 - amount.cents)|money(currency.value)|pad(14, "right") }}
{% endfor %}
{{ "TOTAL " ~ currency|pad(width - 6) }}{{ totals.total|money|pad(14, "right") }}

TPL;

    public const SUMMARY = <<<'TPL'
Summary of {{ invoices|length }} invoice(s)
{% for inv in invoices %}
{% include "summary_row" %}
{% endfor %}
Open: {{ open|join(", ") }}; grand totals: {% for cur, total in grand %}{{ total|money(cur) }}{% if not loop.last %} + {% endif %}{% endfor %}

TPL;

    public const SUMMARY_ROW = <<<'TPL'
{{ loop.index }}. {{ inv.number|default("-")|pad(15) }}{{ inv.customer.name|pad(16) }}{{ inv.total|money|pad(14, "right") }}  {{ inv.status.name|lower }}{% if loop.first %} (first){% elseif loop.last %} (last){% endif %}


TPL;

    public const SHOWCASE = <<<'TPL'
Arithmetic: {{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }} {{ 7 / 2 }} {{ 7 % 3 }} {{ -4 + 10 }} {{ 2 * 3 - 10 }}
Strings:    {{ "a" ~ 'b' ~ "\"c\"" }} {{ "Mixed Case"|lower }} {{ "title me"|title }} {{ "<b>&</b>"|e }}
Compare:    {{ 3 > 2 }} {{ 2 >= 3 }} {{ "x" == "x" }} {{ 1 != 1 }} {{ not false }} {{ true and false or true }}
Ranges:     {{ (1..5)|join("-") }} / {{ (3..1)|join }} / sum {{ (1..10)|sum }}
Arrays:     {{ [3, 1, 2]|sort|join }} first={{ ["x", "y"]|first }} keys={{ map|keys|join("|") }} json={{ map|json }}
Defaults:   [{{ missing|default("fallback") }}] [{{ empty|default("was empty") }}] [{{ zero|default("kept") }}]
Format:     {{ "%05.1f|%-4s|%x"|format(3.14159, "ab", 255) }} {{ 1234567|money }} {{ 1234567|money("USD") }} {{ 1234567|money("JPY") }}
{% for row in grid %}
{% for cell in row %}{{ loop.parent.index }}.{{ loop.index }}={{ cell }}{% if not loop.last %}, {% endif %}{% endfor %} (depth {{ loop.depth }}, revindex {{ loop.revindex }}{% if loop.odd %}, odd{% endif %})
{% endfor %}
{% for n in 1..15 %}{% if n % 15 == 0 %}FizzBuzz{% elseif n % 5 == 0 %}Buzz{% elseif n % 3 == 0 %}Fizz{% else %}{{ n }}{% endif %}{% if not loop.last %} {% endif %}{% endfor %}

{% set total = 0 %}
{% for k, v in map %}{% set total = total + v %}{% endfor %}
Scoping: total inside loop was set in the loop scope, outside it is {{ total }}
{% for x in [] %}never{% else %}Empty loop takes the else branch{% endfor %}

Objects:    {{ money }} / {{ money.currency.value }} / {{ money.cents }} / {{ customer.id }} / {{ customer.address.city|default("?") }}
TPL;

    /** @return array<string, string> */
    public static function all(): array
    {
        return [
            'invoice' => self::INVOICE,
            'totals' => self::TOTALS,
            'summary' => self::SUMMARY,
            'summary_row' => self::SUMMARY_ROW,
            'showcase' => self::SHOWCASE,
            'recursive' => '{{ depth }}{% set depth = depth + 1 %}{% include "recursive" %}',
        ];
    }
}
