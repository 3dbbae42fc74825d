using System.Globalization;
using System.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>
/// Deep and wide rule files from a seeded <see cref="Random"/>: long chains of every binary operator, nesting of
/// parentheses, calls, subqueries and aggregations, long label sets, many rules in one group, nested and long Go
/// templates, deep YAML. The same seed gives the same files on every run.
/// </summary>
internal sealed class DeepInputGenerator(int seed)
{
    public static readonly string[] Operators =
        ["+", "-", "*", "/", "%", "^", "atan2", "and", "or", "unless", "==", "!=", ">", "<", ">=", "<=", "> bool", "== bool"];

    private readonly Random _random = new(seed);

    /// <summary>A named case and its rule file text.</summary>
    public sealed record Case(string Name, string Text);

    public static string RuleFile(string expr, string kind = "record: job:x:sum", string extra = "") =>
        $"groups:\n- name: g\n  rules:\n  - {kind}\n    expr: {expr}\n{extra}";

    public string Term() => _random.Next(6) switch
    {
        0 => "up",
        1 => "1",
        2 => "rate(x_total{code=~\"5..\"}[5m])",
        3 => "sum by (job) (up)",
        4 => $"{_random.Next(1000)}.{_random.Next(100)}e{_random.Next(-300, 300)}",
        _ => "x{job=\"a\"}",
    };

    public string Chain(string op, int terms)
    {
        var text = new StringBuilder(Term());
        for (var i = 1; i < terms; i++)
        {
            text.Append(' ').Append(op).Append(' ').Append(op is "and" or "or" or "unless" ? "up" : Term());
        }

        return text.ToString();
    }

    public string MixedChain(int terms)
    {
        var text = new StringBuilder("up");
        for (var i = 1; i < terms; i++)
        {
            text.Append(' ').Append(Operators[_random.Next(Operators.Length)]).Append(' ').Append(_random.Next(4) == 0 ? "(up)" : "up");
        }

        return text.ToString();
    }

    /// <summary>Random wrappers around a selector, <paramref name="depth"/> deep: parentheses, calls, subqueries, aggregations.</summary>
    public string Nested(int depth)
    {
        var open = new StringBuilder();
        var close = new StringBuilder();
        var inner = "up";
        for (var i = 0; i < depth; i++)
        {
            switch (_random.Next(5))
            {
                case 0: open.Append('('); close.Insert(0, ')'); break;
                case 1: open.Append("abs("); close.Insert(0, ')'); break;
                case 2: open.Append("sum by (job) ("); close.Insert(0, ')'); break;
                case 3: open.Append("max_over_time(("); close.Insert(0, ")[5m:1m])"); break;
                default: open.Append("-("); close.Insert(0, ')'); break;
            }
        }

        return open + inner + close;
    }

    public string WideSelector(int labels) =>
        "up{" + string.Join(",", Enumerable.Range(0, labels).Select(i => $"l{i.ToString(CultureInfo.InvariantCulture)}=~\"v{_random.Next(10)}.*\"")) + "}";

    public static string ManyRules(int rules) =>
        "groups:\n- name: g\n  rules:\n" + string.Concat(Enumerable.Range(0, rules).Select(i =>
            $"  - record: code:x:rate5m\n    expr: sum by (code) (rate(x_total{{code=\"{i.ToString(CultureInfo.InvariantCulture)}\"}}[5m]))\n"));

    /// <summary>Nested if/range/with blocks and long pipelines; sometimes unbalanced or unclosed.</summary>
    public string Template(int depth)
    {
        var text = new StringBuilder();
        var keywords = new Stack<string>();
        for (var i = 0; i < depth; i++)
        {
            var keyword = _random.Next(3) switch { 0 => "if $value", 1 => "range query \"up\"", _ => "with $labels" };
            text.Append("{{ ").Append(keyword).Append(" }}{{ .Labels.job }}{{ $labels.instance | toUpper | printf \"%s\" }}");
            keywords.Push(keyword);
            if (_random.Next(4) == 0)
            {
                text.Append("{{ break }}");
            }
        }

        text.Append("{{ $value").Append(string.Concat(Enumerable.Repeat(" | humanize", _random.Next(1, depth + 2)))).Append(" }}");
        var ends = _random.Next(8) == 0 ? depth - 1 : depth;
        text.Append(string.Concat(Enumerable.Repeat("{{ end }}", Math.Max(0, ends))));
        if (_random.Next(6) == 0)
        {
            text.Append(string.Concat(Enumerable.Repeat("{{ ", depth)));
        }

        return text.ToString();
    }

    public static string TemplateRule(string template) =>
        RuleFile("up == 0", "alert: A", $"    annotations:\n      summary: '{template.Replace("'", "''", StringComparison.Ordinal)}'\n");

    public string DeepYaml(int depth) => _random.Next(3) switch
    {
        0 => RuleFile("up", extra: "    labels:\n      x: " + new string('[', depth) + new string(']', depth) + "\n"),
        1 => RuleFile("up", extra: "    labels:\n      x: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n"),
        _ => "groups:\n- name: g\n  rules:\n  - record: a:b\n    expr: up\n    x:\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 6 + i) + "k:\n")),
    };
}
