using SloCompiler.Tests.Support;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Tests.Parsing;

/// <summary>Reading helpers and a span-free builder for expected syntax trees.</summary>
internal static class YamlTestSupport
{
    public static (SloDocumentSyntax? Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string path = "test.yaml")
    {
        var diagnostics = new DiagnosticBag();
        var document = YamlSloReader.Read(new SourceFile(path, text), diagnostics);
        return (document, diagnostics.Sorted());
    }

    public static string CasesFolder() => RepoRoot.Combine("tests", "SloCompiler.Tests", "Parsing", "YamlCases");

    // Spans are excluded from comparisons, so every builder value uses this one.
    private static readonly SourceSpan NoSpan = new(new SourceFile("expected", string.Empty), 0, 0);

    public static Spanned<string> S(string value) => new(value, NoSpan);

    public static Spanned<string>? Opt(string? value) => value is null ? null : S(value);

    public static LabelSyntax Label(string name, string value) => new(S(name), S(value));

    public static SettingsSyntax Settings(string? period = null, string? evaluation = null, AlertingSyntax? alerting = null) =>
        new(Opt(period), Opt(evaluation), alerting, NoSpan);

    public static AlertingSyntax Alerting(AlertTierSyntax? page = null, AlertTierSyntax? ticket = null) => new(page, ticket, NoSpan);

    public static AlertTierSyntax Tier(
        string kind,
        bool? enabled = null,
        string? severity = null,
        string? receiver = null,
        string? @for = null,
        string? during = null,
        LabelSyntax[]? labels = null,
        LabelSyntax[]? annotations = null) =>
        new(S(kind), enabled is { } e ? new Spanned<bool>(e, NoSpan) : null, Opt(severity), Opt(receiver), Opt(@for), Opt(during),
            labels ?? [], annotations ?? [], NoSpan);

    public static ObjectiveSyntax Objective(string percent, string? period = null, string? threshold = null) =>
        new(S(percent), Opt(period), Opt(threshold), NoSpan);

    public static SloSyntax Slo(
        string name,
        ObjectiveSyntax? objective,
        SliSyntax? sli,
        string? description = null,
        string[]? per = null,
        LabelSyntax[]? labels = null,
        SettingsSyntax? settings = null) =>
        new(S(name), Opt(description), objective, sli, (per ?? []).Select(S).ToList(), labels ?? [], settings ?? Settings(), NoSpan);

    public static RatioSliSyntax Ratio(string? bad = null, string? good = null, string? total = null) =>
        new(Opt(bad), Opt(good), Opt(total), NoSpan);

    public static LatencySliSyntax Latency(string histogram, string? threshold = null, params string[] buckets) =>
        new(S(histogram), Opt(threshold), buckets.Select(S).ToList(), NoSpan);

    public static RawSliSyntax Raw(string expression) => new(S(expression), NoSpan);

    public static UptimeSliSyntax Uptime(string selector) => new(S(selector), NoSpan);

    public static ServiceSyntax Service(
        string name,
        string? team = null,
        string? owner = null,
        string? description = null,
        string? runbook = null,
        LabelSyntax[]? labels = null,
        string? policy = null,
        SettingsSyntax? settings = null,
        params SloSyntax[] slos) =>
        new(S(name), Opt(team), Opt(owner), Opt(description), Opt(runbook), labels ?? [], Opt(policy), settings ?? Settings(), slos, NoSpan);

    public static PolicySyntax Policy(string name, SettingsSyntax settings) => new(S(name), settings, NoSpan);

    public static SloDocumentSyntax Document(SettingsSyntax? defaults, PolicySyntax[]? policies = null, params ServiceSyntax[] services) =>
        new(new SourceFile("expected", string.Empty), defaults, policies ?? [], services);

    /// <summary>Structural equality of two trees, ignoring every span and the source file.</summary>
    public static void ShouldMatch(this SloDocumentSyntax? actual, SloDocumentSyntax expected) =>
        actual.Should().BeEquivalentTo(expected, options => options
            .RespectingRuntimeTypes()
            .Excluding(member => member.Path.EndsWith("Span") || member.Path == "File")
            .WithStrictOrdering());
}
