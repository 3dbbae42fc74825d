using SloCompiler.Syntax;

namespace SloCompiler.Tests.Checking;

/// <summary>The body of one <c>slo</c> block; settings come from <see cref="SettingsBuilder"/>.</summary>
internal sealed class SloBuilder(SourceWriter w, Spanned<string> name) : SettingsBuilder(w)
{
    private readonly List<Spanned<string>> _groupBy = [];
    private readonly List<LabelSyntax> _labels = [];
    private ObjectiveSyntax? _objective;
    private SliSyntax? _sli;

    public SloBuilder Objective(string percent, string? over = null)
    {
        var start = Writer.Position;
        var spannedPercent = Writer.Word(percent);
        Spanned<string>? period = over is null ? null : Writer.Word(over);
        _objective = new ObjectiveSyntax(spannedPercent, period, null, Writer.From(start));
        return this;
    }

    public SloBuilder Percentile(string percentile, string threshold, string? over = null)
    {
        var start = Writer.Position;
        var spannedPercent = Writer.Word(percentile);
        var spannedThreshold = Writer.Word(threshold);
        Spanned<string>? period = over is null ? null : Writer.Word(over);
        _objective = new ObjectiveSyntax(spannedPercent, period, spannedThreshold, Writer.From(start));
        return this;
    }

    public SloBuilder Ratio(string? bad = null, string? good = null, string? total = null)
    {
        var start = Writer.Position;
        Spanned<string>? b = bad is null ? null : Writer.Word(bad);
        Spanned<string>? g = good is null ? null : Writer.Word(good);
        Spanned<string>? t = total is null ? null : Writer.Word(total);
        _sli = new RatioSliSyntax(b, g, t, Writer.From(start));
        return this;
    }

    public SloBuilder Latency(string histogram, string? threshold, params string[] buckets)
    {
        var start = Writer.Position;
        var h = Writer.Word(histogram);
        Spanned<string>? t = threshold is null ? null : Writer.Word(threshold);
        var b = buckets.Select(Writer.Word).ToList();
        _sli = new LatencySliSyntax(h, t, b, Writer.From(start));
        return this;
    }

    public SloBuilder Raw(string expression)
    {
        var start = Writer.Position;
        _sli = new RawSliSyntax(Writer.Quoted(expression), Writer.From(start));
        return this;
    }

    public SloBuilder Uptime(string selector)
    {
        var start = Writer.Position;
        _sli = new UptimeSliSyntax(Writer.Word(selector), Writer.From(start));
        return this;
    }

    public SloBuilder Per(params string[] labels)
    {
        _groupBy.AddRange(labels.Select(Writer.Word));
        return this;
    }

    public SloBuilder Label(string key, string value)
    {
        _labels.Add(new LabelSyntax(Writer.Word(key), Writer.Quoted(value)));
        return this;
    }

    public SloBuilder With(Action<SettingsBuilder> settings)
    {
        settings(this);
        return this;
    }

    public SloSyntax Build(int start) =>
        new(name, null, _objective, _sli, _groupBy, _labels, BuildSettings(start), Writer.From(start));
}
