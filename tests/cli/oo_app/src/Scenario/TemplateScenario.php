<?php
declare(strict_types=1);

namespace App\Scenario;

use App\Domain\Address;
use App\Domain\Customer;
use App\Domain\Money;
use App\Report\InvoiceBook;
use App\Report\ReportBuilder;
use App\Support\Output;
use App\Template\Context;
use App\Template\Environment;
use App\Template\FilterRegistry;
use App\Template\Lexer;
use App\Template\Node\AbstractNode;
use App\Template\TemplateException;

final class TemplateScenario extends AbstractScenario
{
    public const TITLE = 'Template engine: lexer, parser, renderer';

    public function __construct(
        private readonly Environment $env,
        private readonly ReportBuilder $reports,
        private readonly InvoiceBook $book,
        private readonly FilterRegistry $filters,
    ) {
    }

    protected function perform(): void
    {
        $source = "Hi {{ user.name|upper }}!\n{% for i in [1, 2] %}{{ i * 10 }}{% endfor %}{# note #}\n{% if a >= 2 and not b %}yes{% endif %}";
        $stream = (new Lexer())->tokenize($source, 'tiny');
        Output::line('  %d tokens, %d inside tags:', count($stream), $stream->expressionTokens);
        foreach ($stream as $index => $token) {
            Output::line('    %2d %s', $index, $token);
        }
        $template = $this->env->compile($source, 'tiny');
        Output::line('  AST (%d nodes):', $template->nodeCount());
        foreach (explode("\n", $template->dump()) as $line) {
            Output::line('    %s', $line);
        }
        Output::kv('render', $template->render(new Context(['user' => ['name' => 'ada'], 'a' => 3, 'b' => false]), $this->env));

        Output::line('  filters (%d):', count($this->filters));
        foreach ($this->filters as $name => $origin) {
            Output::line('    %-9s %s', $name, $origin);
        }

        foreach (['acme', 'bob', 'yuki', 'copy'] as $key) {
            Output::block('invoice ' . $key, $this->reports->renderInvoice($this->book->get($key), $key === 'acme' ? ['Thank you for your business', 'Second note'] : []));
        }
        Output::block('summary', $this->reports->renderSummary());

        $showcase = $this->env->render('showcase', [
            'map' => ['one' => 1, 'two' => 2, 'three' => 3],
            'grid' => [['a', 'b'], ['c'], ['d', 'e', 'f']],
            'empty' => '',
            'zero' => 0,
            'money' => Money::of('1234.5'),
            'customer' => new Customer('TPL', 'Template Tester', 'tpl@example.org', address: new Address('Main St 1', 'Utrecht')),
        ]);
        Output::block('showcase', $showcase);
        Output::block('blocked (overridden by a listener)', $this->env->render('blocked'));

        $broken = [
            'unclosed tag' => 'Hello {{ name',
            'unknown tag' => "line one\n{% frobnicate %}",
            'missing endfor' => "{% for x in xs %}\n{{ x }}\n",
            'bad token' => '{{ 1 + }}',
            'unterminated string' => '{{ "abc }}',
            'unexpected char' => '{{ a ; b }}',
            'else without if' => 'x {% else %} y',
            'unknown filter' => '{{ "x"|shout }}',
            'undefined variable' => "ok\n\n{{ nobody }}",
            'no attribute' => '{{ money.nothing }}',
            'division by zero' => '{{ 10 / (5 - 5) }}',
            'modulo by zero' => '{{ 10 % 0 }}',
            'strict types in filter' => '{{ 42|upper }}',
            'print an array' => '{{ [1, 2] }}',
            'iterate an int' => '{% for x in 5 %}{% endfor %}',
            'arithmetic on string' => '{{ "a" * 2 }}',
            'bad currency' => '{{ 5|money("XYZ") }}',
            'json of pure enum' => '{{ status|json }}',
        ];
        foreach ($broken as $label => $templateSource) {
            try {
                $out = $this->env->renderString($templateSource, ['money' => Money::of('1'), 'status' => \App\Domain\InvoiceStatus::Paid]);
                Output::line('  %-22s rendered "%s"', $label, $out);
            } catch (TemplateException $e) {
                Output::line('  %-22s %s', $label, $e->describe());
                for ($previous = $e->getPrevious(); $previous !== null; $previous = $previous->getPrevious()) {
                    Output::line('  %-22s   caused by %s: %s', '', $previous::class, $previous->getMessage());
                }
            }
        }
        try {
            $this->env->render('recursive', ['depth' => 1]);
        } catch (TemplateException $e) {
            Output::kv('recursive include', $e->getMessage());
            Output::kv('template / line from exception', [$e->templateName, $e->templateLine]);
        }
        try {
            $this->env->render('no-such-template');
        } catch (TemplateException $e) {
            Output::kv('missing template', $e->describe());
        }
        Output::kv('lenient variables', (new Environment(new \App\Template\ArrayLoader(), $this->filters, strictVariables: false))->renderString('[{{ ghost }}][{{ ghost.attr|default("d") }}]'));
        $context = new Context(['a' => 1]);
        $context->push(['b' => 2]);
        $context->c = 3;
        $context['a'] = 10;
        Output::kv('context names / count / depth', [$context->names(), count($context), $context->depth()]);
        Output::kv('context a, magic b, isset(z)', [$context['a'], $context->b, isset($context->z)]);
        $context->pop();
        Output::kv('after pop: a, has b', [$context->a, $context->has('b')]);
        $this->attempt('pop the global scope', static fn () => $context->pop());
        Output::kv('filter usage', $this->filters->usage());
        Output::kv('environment stats', $this->env->stats());
        Output::kv('AST nodes created', AbstractNode::created());
    }
}
