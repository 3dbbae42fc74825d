using System.Globalization;
using SloCompiler.Parsing;
using SloCompiler.PromQl;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SloCompiler.RuleFiles;

/// <summary>
/// Reads one rule group straight from YamlDotNet's event stream, without building its representation model: the
/// fast path for a group with nothing to report, which is nearly every group of a large generated file. It gives up
/// (null) at the first thing <see cref="RuleGroupReader"/> would report or that it does not handle (anchors,
/// aliases, tags, unknown or repeated keys, empty values, invalid names, durations or templates), and the caller
/// then reads the group with <see cref="RuleGroupReader"/>, so every diagnostic still comes from one place. A group
/// it does read gives the same <see cref="RuleGroup"/> as <see cref="RuleGroupReader"/> (tested on every case file).
/// </summary>
/// <remarks>
/// Measured on 100,000 rules: the representation model (a node per value, a dictionary per mapping) and the
/// schema maps over it were most of what reading allocated, and the collections that allocation caused were a
/// third of lint's wall time.
/// </remarks>
internal sealed class CleanGroupReader
{
    private static readonly string[] GroupKeys = ["name", "interval", "limit", "rules"];

    private readonly YamlContext _context;
    private readonly IParser _parser;
    private readonly ParsedExpressions _expressions;
    private Mark _lastEnd;

    private CleanGroupReader(YamlContext context, IParser parser, ParsedExpressions expressions)
    {
        _context = context;
        _parser = parser;
        _expressions = expressions;
    }

    /// <summary>
    /// The group written as the one item of a <c>- name: …</c> list in <paramref name="length"/> characters from the
    /// context's origin; null when the group needs the full reader.
    /// </summary>
    public static RuleGroup? TryRead(YamlContext context, int length, ParsedExpressions expressions) =>
        TryReadAll(context, length, expressions) is [var group] ? group : null;

    /// <summary>
    /// Every group of a <c>- name: …</c> list written in <paramref name="length"/> characters from the context's
    /// origin (several groups per parser: each YamlDotNet parser costs a few kilobytes to set up); null when any
    /// of them needs the full reader.
    /// </summary>
    public static IReadOnlyList<RuleGroup>? TryReadAll(YamlContext context, int length, ParsedExpressions expressions)
    {
        var events = BlockYamlEvents.TryScan(context.Source, context.Origin, length)
            ?? new YamlDotNet.Core.Parser(new StringSegmentReader(context.Source.Text, context.Origin, length));
        var reader = new CleanGroupReader(context, events, expressions);
        try
        {
            return reader.ReadStream();
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return null; // the full reader reports it
        }
    }

    private List<RuleGroup>? ReadStream()
    {
        if (Next() is not StreamStart || Next() is not DocumentStart || Next() is not SequenceStart list || !IsPlain(list))
        {
            return null;
        }

        var groups = new List<RuleGroup>();
        while (Next() is MappingStart groupStart)
        {
            if (!IsPlain(groupStart) || ReadGroup(groupStart) is not { } group)
            {
                return null;
            }

            groups.Add(group);
        }

        return _parser.Current is SequenceEnd && Next() is DocumentEnd && Next() is StreamEnd ? groups : null;
    }

    private RuleGroup? ReadGroup(MappingStart start)
    {
        Scalar? name = null;
        Spanned<TimeSpan>? interval = null;
        Spanned<long>? limit = null;
        List<Rule>? rules = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Next() is Scalar key)
        {
            if (!IsPlain(key) || !GroupKeys.Contains(key.Value) || !seen.Add(key.Value))
            {
                return null;
            }

            switch (key.Value)
            {
                case "name":
                    name = Value();
                    if (name is null || name.Value.Length == 0)
                    {
                        return null;
                    }

                    break;
                case "interval":
                    if (Duration() is not { } every)
                    {
                        return null;
                    }

                    interval = every;
                    break;
                case "limit":
                    if (Value() is not { } written
                        || !double.TryParse(written.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                        || double.IsNaN(value) || double.IsInfinity(value))
                    {
                        return null;
                    }

                    limit = new Spanned<long>((long)Math.Clamp(value, long.MinValue, long.MaxValue), Span(written));
                    break;
                default:
                    rules = Rules(StringPool.Get(name?.Value ?? string.Empty));
                    if (rules is null)
                    {
                        return null;
                    }

                    break;
            }
        }

        if (_parser.Current is not MappingEnd || name is null)
        {
            return null;
        }

        var groupName = StringPool.Get(name.Value);
        if (rules is not null && rules.Count > 0 && rules[0].GroupName != groupName)
        {
            rules = rules.Select(rule => rule with { GroupName = groupName }).ToList(); // rules came before name
        }

        return new RuleGroup(
            new Spanned<string>(groupName, Span(name)), interval, limit, rules ?? [], _context.WholeSpan(start.Start, start.End, _lastEnd));
    }

    private List<Rule>? Rules(string groupName)
    {
        if (Next() is not SequenceStart start || !IsPlain(start))
        {
            return null;
        }

        _lastEnd = start.End;
        var rules = new List<Rule>();
        while (Next() is MappingStart ruleStart)
        {
            if (!IsPlain(ruleStart) || Rule(ruleStart, groupName) is not { } rule)
            {
                return null;
            }

            rules.Add(rule);
        }

        return _parser.Current is SequenceEnd ? rules : null;
    }

    private Rule? Rule(MappingStart start, string groupName)
    {
        _lastEnd = start.End;
        Scalar? record = null, alert = null, expr = null;
        Spanned<TimeSpan>? @for = null, keepFiringFor = null;
        IReadOnlyList<LabelSyntax> labels = [], annotations = [];
        var keys = new List<(string Key, SourceSpan Span)>(5);
        while (Next() is Scalar key)
        {
            if (!IsPlain(key) || !RuleReader.Keys.Contains(key.Value) || HasKey(keys, key.Value))
            {
                return null;
            }

            keys.Add((key.Value, Span(key)));
            var read = key.Value switch
            {
                "record" => (record = Value()) is not null,
                "alert" => (alert = Value()) is not null,
                "expr" => (expr = Value()) is not null,
                "for" => (@for = Duration()) is not null,
                "keep_firing_for" => (keepFiringFor = Duration()) is not null,
                "labels" => Templated(out labels),
                _ => Templated(out annotations),
            };
            if (!read)
            {
                return null;
            }
        }

        if (_parser.Current is not MappingEnd || (record is null) == (alert is null) || expr is null
            || record?.Value.Length == 0 || alert?.Value.Length == 0 || expr.Value.Length == 0)
        {
            return null;
        }

        if (record is not null && (!RuleNames.IsMetricName(record.Value) || @for is not null || keepFiringFor is not null || HasKey(keys, "annotations")))
        {
            return null;
        }

        var name = record ?? alert!;
        var exprSpan = Span(expr);
        var parsed = _expressions.ForScalar(exprSpan, expr.Value);
        return new Rule(
            record is not null ? RuleKind.Recording : RuleKind.Alerting,
            new Spanned<string>(StringPool.Get(name.Value), Span(name)),
            exprSpan,
            parsed,
            @for,
            keepFiringFor,
            labels,
            annotations,
            _context.WholeSpan(start.Start, start.End, _lastEnd))
        {
            KeySpans = new RuleKeySpans(keys),
            GroupName = groupName,
            StoredExpr = ScalarText.Reproduces(exprSpan, expr.Value) ? null : expr.Value,
        };
    }

    /// <summary>Labels or annotations: a mapping of valid names to values that are valid Go templates.</summary>
    private bool Templated(out IReadOnlyList<LabelSyntax> entries)
    {
        entries = [];
        if (Next() is not MappingStart start || !IsPlain(start))
        {
            return false;
        }

        _lastEnd = start.End;
        var list = new List<LabelSyntax>();
        while (Next() is Scalar key)
        {
            if (!IsPlain(key) || Next() is not Scalar value || !IsPlain(value) || !RuleNames.IsLabelName(key.Value)
                || list.ValueOf(key.Value) is not null || GoTemplate.Check(value.Value) is not null)
            {
                return false;
            }

            _lastEnd = value.End;
            list.Add(new LabelSyntax(
                new Spanned<string>(StringPool.Get(key.Value), Span(key)),
                new Spanned<string>(StringPool.Get(value.Value), Span(value))));
        }

        entries = list.ToArray(); // exact size: a large file keeps every rule's labels
        return _parser.Current is MappingEnd;
    }

    // a loop, not Exists with a lambda: a closure per key was garbage on every rule read
    private static bool HasKey(List<(string Key, SourceSpan Span)> keys, string key)
    {
        foreach (var entry in keys)
        {
            if (entry.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next event, a scalar value that is not YAML's null; null otherwise.</summary>
    private Scalar? Value()
    {
        if (Next() is not Scalar value || !IsPlain(value) || IsNull(value))
        {
            return null;
        }

        _lastEnd = value.End;
        return value;
    }

    private Spanned<TimeSpan>? Duration() =>
        Value() is { } written && RuleDurations.TryParse(written.Value, out var duration) ? new Spanned<TimeSpan>(duration, Span(written)) : null;

    private ParsingEvent? Next() => _parser.MoveNext() ? _parser.Current : null;

    private SourceSpan Span(ParsingEvent node) => _context.Span(node.Start, node.End);

    /// <summary>No anchor and no explicit tag: what the schema readers see as an ordinary value.</summary>
    private static bool IsPlain(NodeEvent node) => node.Anchor.IsEmpty && node.Tag.IsEmpty;

    /// <summary>The scalars <see cref="YamlContext.IsNull"/> reads as "not given".</summary>
    private static bool IsNull(Scalar scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
}
