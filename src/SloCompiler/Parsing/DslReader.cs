using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Text;
using Sprache;
using static SloCompiler.Parsing.DslGrammar;

namespace SloCompiler.Parsing;

/// <summary>
/// Thrown inside the reader to stop at the first syntax error: after a broken token the rest
/// of the file cannot be read reliably, and one precise error beats a cascade of guesses.
/// </summary>
internal sealed class DslParseException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}

/// <summary>
/// Recursive-descent reader for the block structure of a <c>.slo</c> file. It threads a Sprache
/// <see cref="IInput"/> through the token parsers of <see cref="DslGrammar"/>, so every token
/// keeps its exact offsets and every error knows what was expected at that point.
/// </summary>
internal sealed partial class DslReader
{
    private static readonly string[] FileKeywords = ["defaults", "policy", "service", "receivers", "time"];
    private static readonly string[] SettingKeywords = ["period", "evaluation", "alerting", "alert_name", "unit", "min_events", "query_offset"];
    private static readonly string[] ServiceKeywords =
        ["team", "owner", "description", "runbook", "labels", "policy", "down_alert", .. SettingKeywords, "slo"];
    private static readonly string[] SloKeywords =
        ["description", "objective", "ratio", "latency", "histogram", "raw", "uptime", "threshold", "buckets", "per", "labels", "no_data", .. SettingKeywords];
    private static readonly string[] TierKeywords = ["page", "ticket"];
    private static readonly string[] RatioKeywords = ["bad", "good", "total"];

    private readonly SourceFile _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _text;
    private IInput _input;

    // End offset of the last token consumed: nodes end there, not after trailing comments.
    private int _lastEnd;

    public DslReader(SourceFile file, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
        _text = file.Text;
        _input = new Input(file.Text);
    }

    public SettingsSyntax? Defaults { get; private set; }

    public List<PolicySyntax> Policies { get; } = [];

    public List<ServiceSyntax> Services { get; } = [];

    /// <summary>Reads top-level blocks until the end of the file; throws <see cref="DslParseException"/> on the first syntax error.</summary>
    public void ReadFile()
    {
        while (true)
        {
            SkipTrivia();
            if (_input.AtEnd)
            {
                return;
            }

            var keyword = TryRead(Name) ?? throw Unexpected("'defaults', 'policy', 'service', 'receivers' or 'time'");
            switch (keyword.Value)
            {
                case "defaults":
                    var defaults = ReadSettingsBlock(keyword, "defaults");
                    if (Defaults is null)
                    {
                        Defaults = defaults;
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.DuplicatePolicy, SpanOf(keyword), "defaults", Defaults.Span.ToString());
                    }

                    break;
                case "policy":
                    var name = ReadName("a policy name");
                    Policies.Add(new PolicySyntax(name, ReadSettingsBlock(keyword, $"policy '{name.Value}'"), SpanFrom(keyword.Start)));
                    break;
                case "service":
                    Services.Add(ReadService(keyword));
                    break;
                case "receivers":
                    ReadReceivers();
                    break;
                case "time":
                    TimeIntervals.Add(ReadTimeInterval(keyword));
                    break;
                default:
                    throw UnknownKeyword(keyword, "the file", FileKeywords, "'defaults', 'policy', 'service', 'receivers' or 'time'");
            }
        }
    }

    // ---- blocks -------------------------------------------------------------------------------

    private SettingsSyntax ReadSettingsBlock(Token<string> keyword, string block)
    {
        var settings = new SettingsBuilder();
        ReadBlock(block, SettingKeywords, item => ReadSetting(item, settings));

        // A defaults or policy block is nothing but settings, so its settings span the whole block.
        return settings.Build(SpanFrom(keyword.Start)) with { Span = SpanFrom(keyword.Start) };
    }

    private ServiceSyntax ReadService(Token<string> keyword)
    {
        var name = ReadName("a service name");
        Spanned<string>? team = null, owner = null, description = null, runbook = null, policy = null, downAlert = null;
        List<LabelSyntax>? labels = null;
        var settings = new SettingsBuilder();
        var slos = new List<SloSyntax>();
        var bodyStart = ReadBlock($"service '{name.Value}'", ServiceKeywords, item =>
        {
            switch (item.Value)
            {
                case "team":
                    Once(ref team, item, ReadWordOrString());
                    return true;
                case "owner":
                    Once(ref owner, item, ReadWordOrString());
                    return true;
                case "description":
                    Once(ref description, item, ReadString());
                    return true;
                case "runbook":
                    Once(ref runbook, item, ReadString());
                    return true;
                case "policy":
                    Once(ref policy, item, ReadName("a policy name"));
                    return true;
                case "labels":
                    Once(ref labels, item, ReadLabels());
                    return true;
                case "down_alert":
                    Once(ref downAlert, item, ReadName("an alert name such as PaymentsApiDown"));
                    return true;
                case "slo":
                    slos.Add(ReadSlo(item));
                    return true;
                default:
                    return ReadSetting(item, settings);
            }
        });

        return new ServiceSyntax(
            name, team, owner, description, runbook, labels ?? [], policy,
            settings.Build(new SourceSpan(_file, bodyStart, 0)), slos, SpanFrom(keyword.Start))
        {
            DownAlert = downAlert,
        };
    }

    private SloSyntax ReadSlo(Token<string> keyword)
    {
        var name = ReadName("an SLO name");
        Spanned<string>? description = null;
        ObjectiveSyntax? objective = null;
        SliSyntax? sli = null;
        Token<string>? sliKeyword = null;
        List<Spanned<string>>? buckets = null, groupBy = null;
        Token<string> bucketsKeyword = default;
        List<LabelSyntax>? labels = null;
        Spanned<bool>? noData = null;
        var settings = new SettingsBuilder();
        var bodyStart = ReadBlock($"slo '{name.Value}'", SloKeywords, item =>
        {
            switch (item.Value)
            {
                case "description":
                    Once(ref description, item, ReadString());
                    return true;
                case "objective":
                    Once(ref objective, item, ReadObjective(item));
                    return true;
                case "ratio" or "latency" or "histogram" or "raw" or "uptime" or "threshold":
                    var read = ReadSli(item);
                    if (sliKeyword is { } first)
                    {
                        Report(DiagnosticDescriptors.SecondSli, SpanOf(item), item.Value, first.Value);
                    }
                    else
                    {
                        (sli, sliKeyword) = (read, item);
                    }

                    return true;
                case "buckets":
                    if (buckets is null)
                    {
                        bucketsKeyword = item;
                    }

                    Once(ref buckets, item, ReadBuckets());
                    return true;
                case "per":
                    Once(ref groupBy, item, ReadGroupBy());
                    return true;
                case "labels":
                    Once(ref labels, item, ReadLabels());
                    return true;
                case "no_data":
                    Once(ref noData, item, ReadSwitch());
                    return true;
                default:
                    return ReadSetting(item, settings);
            }
        });

        if (buckets is not null)
        {
            // Buckets may be written before or after the latency line; they belong to the histogram.
            if (sli is LatencySliSyntax latency)
            {
                sli = latency with { Buckets = buckets };
            }
            else
            {
                Report(DiagnosticDescriptors.BucketsWithoutHistogram, SpanOf(bucketsKeyword));
            }
        }

        return new SloSyntax(
            name, description, objective, sli, groupBy ?? [], labels ?? [],
            settings.Build(new SourceSpan(_file, bodyStart, 0)), SpanFrom(keyword.Start))
        {
            NoData = noData,
        };
    }

    /// <summary>
    /// Reads <c>{ item* }</c>, handing each keyword to <paramref name="item"/>; returns the offset
    /// just after the <c>{</c>. An unknown keyword stops the file with SLO004.
    /// </summary>
    private int ReadBlock(string block, string[] keywords, Func<Token<string>, bool> item)
    {
        ExpectChar('{');
        var bodyStart = _lastEnd;
        while (true)
        {
            SkipTrivia();
            if (TryChar('}'))
            {
                return bodyStart;
            }

            var expected = $"a keyword ({string.Join(", ", keywords)}) or '}}'";
            var keyword = TryRead(Name) ?? throw Unexpected(expected);
            if (!item(keyword))
            {
                throw UnknownKeyword(keyword, block, keywords, expected);
            }
        }
    }

    private bool ReadSetting(Token<string> keyword, SettingsBuilder settings)
    {
        switch (keyword.Value)
        {
            case "period":
                Once(ref settings.Period, keyword, ReadDuration());
                break;
            case "evaluation":
                Once(ref settings.Evaluation, keyword, ReadDuration());
                break;
            case "alerting":
                Once(ref settings.Alerting, keyword, ReadAlerting(keyword));
                break;
            case "alert_name":
                Once(ref settings.AlertName, keyword, ReadName("an alert name such as CheckoutErrorBudgetBurn"));
                break;
            case "unit":
                Once(ref settings.Unit, keyword, ReadName("a unit such as requests, messages or calls"));
                break;
            case "min_events":
                Once(ref settings.MinEvents, keyword, ReadMinEvents());
                break;
            case "query_offset":
                Once(ref settings.QueryOffset, keyword, ReadDuration());
                break;
            default:
                return false;
        }

        settings.Include(SpanFrom(keyword.Start));
        return true;
    }

    private AlertingSyntax ReadAlerting(Token<string> keyword)
    {
        AlertTierSyntax? page = null, ticket = null;
        ReadBlock("alerting", TierKeywords, item =>
        {
            switch (item.Value)
            {
                case "page":
                    Once(ref page, item, ReadTier(item));
                    return true;
                case "ticket":
                    Once(ref ticket, item, ReadTier(item));
                    return true;
                default:
                    return false;
            }
        });

        return new AlertingSyntax(page, ticket, SpanFrom(keyword.Start));
    }

    /// <summary>A tier ends at the first word that is not one of its own: the next tier or the <c>}</c>.</summary>
    private AlertTierSyntax ReadTier(Token<string> kind)
    {
        Spanned<bool>? enabled = null;
        Spanned<string>? severity = null, receiver = null, forDuration = null, during = null, minEvents = null, keepFiringFor = null;
        List<LabelSyntax>? labels = null, annotations = null;
        while (true)
        {
            SkipTrivia();
            var peek = Name(_input);
            if (!peek.WasSuccessful)
            {
                break;
            }

            var word = new Token<string>(peek.Value, _input.Position, peek.Remainder.Position);
            switch (word.Value)
            {
                case "off" or "on":
                    Consume(peek);
                    Once(ref enabled, word, new Spanned<bool>(word.Value == "on", SpanOf(word)));
                    continue;
                case "severity" or "receiver" or "for" or "during" or "keep_firing_for":
                    Consume(peek);
                    ExpectChar('=');
                    var value = ReadWordOrString();
                    switch (word.Value)
                    {
                        case "severity":
                            Once(ref severity, word, value);
                            break;
                        case "receiver":
                            Once(ref receiver, word, value);
                            break;
                        case "for":
                            Once(ref forDuration, word, value);
                            break;
                        case "keep_firing_for":
                            Once(ref keepFiringFor, word, value);
                            break;
                        default:
                            Once(ref during, word, value);
                            break;
                    }

                    continue;
                case "min_events":
                    Consume(peek);
                    ExpectChar('=');
                    Once(ref minEvents, word, ReadMinEvents());
                    continue;
                case "labels":
                    Consume(peek);
                    Once(ref labels, word, ReadLabels());
                    continue;
                case "annotations":
                    Consume(peek);
                    Once(ref annotations, word, ReadLabels());
                    continue;
            }

            break;
        }

        return new AlertTierSyntax(
            new Spanned<string>(kind.Value, SpanOf(kind)), enabled, severity, receiver, forDuration, during,
            labels ?? [], annotations ?? [], SpanFrom(kind.Start))
        {
            MinEvents = minEvents,
            KeepFiringFor = keepFiringFor,
        };
    }

    // ---- items --------------------------------------------------------------------------------

    private ObjectiveSyntax ReadObjective(Token<string> keyword)
    {
        Spanned<string> percent;
        Spanned<string>? threshold = null, period = null;
        SkipTrivia();
        if (TryRead(Percent) is { } percentToken)
        {
            percent = Spanned(percentToken.Value);
        }
        else if (TryRead(Percentile) is { } percentileToken)
        {
            percent = Spanned(percentileToken.Value);
            ExpectChar('<');
            threshold = ReadDuration();
        }
        else
        {
            throw Unexpected("a percentage such as 99.9% or a percentile such as p95 < 300ms");
        }

        SkipTrivia();
        var over = Name(_input);
        if (over.WasSuccessful && over.Value == "over")
        {
            Consume(over);
            period = ReadDuration();
        }

        return new ObjectiveSyntax(percent, period, threshold, SpanFrom(keyword.Start));
    }

    private SliSyntax ReadSli(Token<string> keyword)
    {
        switch (keyword.Value)
        {
            case "ratio":
                Spanned<string>? bad = null, good = null, total = null;
                ReadBlock("ratio", RatioKeywords, item =>
                {
                    switch (item.Value)
                    {
                        case "bad":
                            Once(ref bad, item, ReadSelector());
                            return true;
                        case "good":
                            Once(ref good, item, ReadSelector());
                            return true;
                        case "total":
                            Once(ref total, item, ReadSelector());
                            return true;
                        default:
                            return false;
                    }
                });
                return new RatioSliSyntax(bad, good, total, SpanFrom(keyword.Start));
            case "latency":
                var native = TryReadNative();
                var histogram = ReadSelector();
                ExpectChar('<');
                var threshold = ReadDuration();
                return new LatencySliSyntax(histogram, threshold, [], SpanFrom(keyword.Start)) { Native = native };
            case "histogram":
                var nativeHistogram = TryReadNative();
                return new LatencySliSyntax(ReadSelector(), null, [], SpanFrom(keyword.Start)) { Native = nativeHistogram };
            case "raw":
                return new RawSliSyntax(ReadString(), SpanFrom(keyword.Start));
            case "threshold":
                return ReadThreshold(keyword);
            default:
                return new UptimeSliSyntax(ReadSelector(), SpanFrom(keyword.Start));
        }
    }

    /// <summary>
    /// <c>threshold [AGGREGATION] SELECTOR OP VALUE</c>; the aggregation may wrap the selector in
    /// parentheses (<c>max(lag{…})</c>). A bare word followed by a selector or a <c>(</c> is the
    /// aggregation; the checker says whether it is one it knows (SLO143).
    /// </summary>
    private ThresholdSliSyntax ReadThreshold(Token<string> keyword)
    {
        Spanned<string>? aggregation = null;
        var metric = ReadSelector();
        SkipTrivia();
        if (Current is not ('<' or '>') && metric.Value.All(DslSelectorScanner.IsMetricChar))
        {
            aggregation = metric;
            var parenthesised = TryChar('(');
            metric = ReadSelector();
            if (parenthesised)
            {
                ExpectChar(')');
            }
        }

        SkipTrivia();
        var operatorStart = _input.Position;
        if (!TryChar('<') && !TryChar('>'))
        {
            throw Unexpected("'<', '<=', '>' or '>=' and a value, as in lag{group=\"orders\"} < 1000");
        }

        TryChar('=');
        var op = new Spanned<string>(_text[operatorStart.._lastEnd], new SourceSpan(_file, operatorStart, _lastEnd - operatorStart));
        SkipTrivia();
        var valueStart = _input.Position;
        var negative = TryChar('-');
        var number = Expect(Duration, "a number such as 1000 or a duration such as 30s");
        var value = new Spanned<string>((negative ? "-" : string.Empty) + number.Value, new SourceSpan(_file, valueStart, number.End - valueStart));
        return new ThresholdSliSyntax(aggregation, metric, op, value, SpanFrom(keyword.Start));
    }

    private List<Spanned<string>> ReadBuckets()
    {
        const string expected = "a bucket boundary such as 0.3 or 300ms";
        var buckets = new List<Spanned<string>> { Spanned(Expect(Duration, expected)) };
        while (true)
        {
            SkipTrivia();
            if (TryRead(Duration) is not { } next)
            {
                return buckets;
            }

            buckets.Add(Spanned(next));
        }
    }

    private List<Spanned<string>> ReadGroupBy()
    {
        var labels = new List<Spanned<string>> { ReadName("a label name") };
        while (true)
        {
            SkipTrivia();
            if (!TryChar(','))
            {
                return labels;
            }

            labels.Add(ReadName("a label name"));
        }
    }

    private List<LabelSyntax> ReadLabels()
    {
        var labels = new List<LabelSyntax>();
        ExpectChar('{');
        while (true)
        {
            SkipTrivia();
            if (TryChar('}'))
            {
                return labels;
            }

            var name = ReadName("a label name or '}'");
            ExpectChar('=');
            labels.Add(new LabelSyntax(name, ReadString()));
        }
    }

    // ---- tokens -------------------------------------------------------------------------------

    private Spanned<string> ReadName(string expected) => Spanned(Expect(Name, expected));

    /// <summary><c>on</c> or <c>off</c>, as in <c>no_data off</c>.</summary>
    private Spanned<bool> ReadSwitch()
    {
        var word = Expect(Name, "'on' or 'off'");
        return word.Value switch
        {
            "on" => new Spanned<bool>(true, SpanOf(word)),
            "off" => new Spanned<bool>(false, SpanOf(word)),
            _ => throw new DslParseException(Diagnostic.Create(DiagnosticDescriptors.SyntaxError, SpanOf(word), $"'{word.Value}'", "'on' or 'off'")),
        };
    }

    /// <summary>A count as written (<c>100</c>); the checker demands a whole number (SLO140).</summary>
    private Spanned<string> ReadMinEvents() => Spanned(Expect(Duration, "a number of events such as 100"));

    private Spanned<string> ReadDuration() => Spanned(Expect(Duration, "a duration such as 30d or 300ms"));

    private Spanned<string> ReadWordOrString()
    {
        SkipTrivia();
        return Current == '"' ? ReadString() : Spanned(Expect(Word, "a word or a \"string\""));
    }

    /// <summary>A string's span is the quoted token; its value is the text between the quotes, unescaped.</summary>
    private Spanned<string> ReadString()
    {
        SkipTrivia();
        if (Current != '"')
        {
            throw Unexpected("a \"string\"");
        }

        return Spanned(Expect(QuotedString, "a \"string\""));
    }

    /// <summary>
    /// <c>native</c> before a latency SLI's histogram: the word followed by a space, so a metric that happens to be
    /// called <c>native{…}</c> still reads as a selector.
    /// </summary>
    private Spanned<bool>? TryReadNative()
    {
        SkipTrivia();
        var peek = Name(_input);
        if (!peek.WasSuccessful || peek.Value != "native" || peek.Remainder.AtEnd || !char.IsWhiteSpace(peek.Remainder.Current))
        {
            return null;
        }

        var start = _input.Position;
        Consume(peek);
        return new Spanned<bool>(true, new SourceSpan(_file, start, _lastEnd - start));
    }

    private Spanned<string> ReadSelector()
    {
        SkipTrivia();
        var start = _input.Position;
        var scan = DslSelectorScanner.Scan(_text, start);
        switch (scan.Problem)
        {
            case DslSelectorScanner.Problem.Empty:
                throw Unexpected("a PromQL selector such as http_requests_total{job=\"api\"}");
            case DslSelectorScanner.Problem.UnclosedString:
                throw new DslParseException(Diagnostic.Create(
                    DiagnosticDescriptors.UnterminatedString, new SourceSpan(_file, scan.ProblemOffset, scan.End - scan.ProblemOffset)));
            case DslSelectorScanner.Problem.UnclosedBrace:
                var open = _file.GetPosition(scan.ProblemOffset);
                throw new DslParseException(Diagnostic.Create(
                    DiagnosticDescriptors.SyntaxError, TokenSpan(scan.End), Describe(scan.End),
                    $"'}}' to close the selector's '{{' at line {open.Line}, column {open.Column}"));
        }

        return Spanned(Expect(Selector, "a PromQL selector"));
    }

    private Token<T> Expect<T>(Parser<T> parser, string expected)
    {
        SkipTrivia();
        return TryRead(parser) ?? throw Unexpected(expected);
    }

    private Token<T>? TryRead<T>(Parser<T> parser)
    {
        var result = parser(_input);
        if (!result.WasSuccessful)
        {
            return null;
        }

        var token = new Token<T>(result.Value, _input.Position, result.Remainder.Position);
        Consume(result);
        return token;
    }

    private void Consume<T>(IResult<T> result)
    {
        _input = result.Remainder;
        _lastEnd = _input.Position;
    }

    private void ExpectChar(char c)
    {
        SkipTrivia();
        if (!TryChar(c))
        {
            throw Unexpected($"'{c}'");
        }
    }

    private bool TryChar(char c)
    {
        if (_input.AtEnd || _input.Current != c)
        {
            return false;
        }

        _input = _input.Advance();
        _lastEnd = _input.Position;
        return true;
    }

    private void SkipTrivia() => _input = Trivia(_input).Remainder;

    private char Current => _input.AtEnd ? '\0' : _input.Current;

    // ---- diagnostics --------------------------------------------------------------------------

    /// <summary>Keeps the first value of a single-valued setting and reports the repetition (SLO003).</summary>
    private void Once<T>(ref T? slot, Token<string> keyword, T value)
        where T : class
    {
        if (IsFirst(slot is null, keyword))
        {
            slot = value;
        }
    }

    /// <inheritdoc cref="Once{T}(ref T, Token{string}, T)"/>
    private void Once<T>(ref Spanned<T>? slot, Token<string> keyword, Spanned<T> value)
    {
        if (IsFirst(slot is null, keyword))
        {
            slot = value;
        }
    }

    /// <summary>True for a setting's first value; a repetition is reported (SLO003) and the first kept.</summary>
    private bool IsFirst(bool unset, Token<string> keyword)
    {
        if (!unset)
        {
            Report(DiagnosticDescriptors.DuplicateSetting, SpanOf(keyword), keyword.Value);
        }

        return unset;
    }

    private void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        _diagnostics.Report(descriptor, span, args);

    /// <summary>
    /// SLO004 for a misspelt keyword; a token that cannot be a keyword at all (<c>99.9</c>, <c>-x</c>)
    /// gets the plainer SLO001 instead.
    /// </summary>
    private DslParseException UnknownKeyword(Token<string> keyword, string block, string[] keywords, string expected) =>
        char.IsAsciiLetter(keyword.Value[0])
            ? new(Diagnostic.Create(DiagnosticDescriptors.UnknownKeyword, SpanOf(keyword), keyword.Value, block, string.Join(", ", keywords)))
            : new(Diagnostic.Create(DiagnosticDescriptors.SyntaxError, SpanOf(keyword), $"'{keyword.Value}'", expected));

    /// <summary>SLO001 at the current token; an unclosed string there is reported as SLO002 instead.</summary>
    internal DslParseException Unexpected(string expected)
    {
        SkipTrivia();
        var position = _input.Position;
        if (Current == '"' && !QuotedString(_input).WasSuccessful)
        {
            var lineEnd = _text.IndexOf('\n', position);
            var end = lineEnd < 0 ? _text.Length : lineEnd;
            return new(Diagnostic.Create(DiagnosticDescriptors.UnterminatedString, new SourceSpan(_file, position, end - position)));
        }

        return new(Diagnostic.Create(DiagnosticDescriptors.SyntaxError, TokenSpan(position), Describe(position), expected));
    }

    /// <summary>The current position, for reporting unexpected failures.</summary>
    internal int Position => _input.Position;

    private string Describe(int position)
    {
        if (position >= _text.Length)
        {
            return "end of file";
        }

        var c = _text[position];
        if (c is '\n' or '\r')
        {
            return "end of line";
        }

        if (c == '"')
        {
            return "string";
        }

        var span = TokenSpan(position);
        var token = _text.Substring(span.Start, span.Length);
        return token.Length > 40 ? $"'{token[..40]}…'" : $"'{token}'";
    }

    /// <summary>The loose token at an offset: a run of word characters, or one other character.</summary>
    private SourceSpan TokenSpan(int position)
    {
        if (position >= _text.Length || _text[position] is '\n' or '\r')
        {
            return new SourceSpan(_file, Math.Min(position, _text.Length), 0);
        }

        // Names and numbers are shown whole; any other character (a '/', a '{') on its own.
        var end = position;
        while (end < _text.Length && IsNameChar(_text[end]))
        {
            end++;
        }

        return new SourceSpan(_file, position, Math.Max(1, end - position));
    }

    private Spanned<string> Spanned(Token<string> token) => new(token.Value, SpanOf(token));

    private SourceSpan SpanOf<T>(Token<T> token) => new(_file, token.Start, token.End - token.Start);

    private SourceSpan SpanFrom(int start) => new(_file, start, _lastEnd - start);

    /// <summary>Settings scattered among a block's items; their span covers the first to the last.</summary>
    private sealed class SettingsBuilder
    {
        public Spanned<string>? Period;
        public Spanned<string>? Evaluation;
        public AlertingSyntax? Alerting;
        public Spanned<string>? AlertName;
        public Spanned<string>? Unit;
        public Spanned<string>? MinEvents;
        public Spanned<string>? QueryOffset;
        private SourceSpan? _span;

        public void Include(SourceSpan span) => _span = _span is { } known ? known.Union(span) : span;

        public SettingsSyntax Build(SourceSpan whenEmpty) => new(Period, Evaluation, Alerting, _span ?? whenEmpty) { AlertName = AlertName, Unit = Unit, MinEvents = MinEvents, QueryOffset = QueryOffset };
    }
}
