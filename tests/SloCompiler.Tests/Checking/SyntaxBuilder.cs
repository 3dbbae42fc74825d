using System.Text;
using SloCompiler.Syntax;
using SloCompiler.Text;

namespace SloCompiler.Tests.Checking;

/// <summary>
/// Builds syntax trees without the DSL parser. Every value is written into the file's text, so spans
/// are real offsets; quoted values are written with their quotes, as a parser would span them.
/// The build runs twice: once to learn the text, then again over the finished <see cref="SourceFile"/>.
/// </summary>
internal static class SyntaxBuilder
{
    public static SloDocumentSyntax Document(string path, Action<DocumentBuilder> build)
    {
        var draft = new SourceWriter(new SourceFile(path, string.Empty));
        build(new DocumentBuilder(draft));
        var writer = new SourceWriter(new SourceFile(path, draft.Text));
        var builder = new DocumentBuilder(writer);
        build(builder);
        return builder.Build();
    }

    /// <summary>One document with one service around the given SLO body (runbook set, so no SLO122).</summary>
    public static SloDocumentSyntax OneSlo(Action<SloBuilder> slo, string path = "test.slo") =>
        Document(path, d => d.Service("payments", s => s.Runbook("https://runbooks/{service}/{slo}").Slo("availability", slo)));
}

/// <summary>Appends values to the text and hands out their spans.</summary>
internal sealed class SourceWriter(SourceFile file)
{
    private readonly StringBuilder _text = new();

    public SourceFile File { get; } = file;

    public string Text => _text.ToString();

    public int Position => _text.Length;

    public Spanned<string> Word(string value) => Write(value, value);

    public Spanned<string> Quoted(string value) => Write(value, "\"" + value + "\"");

    public Spanned<T> Value<T>(T value, string written) => new(value, Write(written, written).Span);

    public SourceSpan From(int start) => new(File, start, Math.Max(0, _text.Length - start));

    private Spanned<string> Write(string value, string written)
    {
        var start = _text.Length;
        _text.Append(written).Append('\n');
        return new Spanned<string>(value, new SourceSpan(File, start, written.Length));
    }
}

internal sealed class DocumentBuilder(SourceWriter w)
{
    private readonly List<PolicySyntax> _policies = [];
    private readonly List<ServiceSyntax> _services = [];
    private SettingsSyntax? _defaults;

    public DocumentBuilder Defaults(Action<SettingsBuilder> build)
    {
        var start = w.Position;
        w.Word("defaults");
        var settings = new SettingsBuilder(w);
        build(settings);
        _defaults = settings.BuildSettings(start);
        return this;
    }

    public DocumentBuilder Policy(string name, Action<SettingsBuilder> build)
    {
        var start = w.Position;
        w.Word("policy");
        var spannedName = w.Word(name);
        var settings = new SettingsBuilder(w);
        build(settings);
        _policies.Add(new PolicySyntax(spannedName, settings.BuildSettings(start), w.From(start)));
        return this;
    }

    public DocumentBuilder Service(string name, Action<ServiceBuilder> build)
    {
        var start = w.Position;
        w.Word("service");
        var service = new ServiceBuilder(w, w.Word(name));
        build(service);
        _services.Add(service.Build(start));
        return this;
    }

    public SloDocumentSyntax Build() => new(w.File, _defaults, _policies, _services);
}

/// <summary>period, evaluation and alerting: the settings every level may carry.</summary>
internal class SettingsBuilder(SourceWriter w)
{
    private Spanned<string>? _period;
    private Spanned<string>? _evaluation;
    private AlertTierSyntax? _page;
    private AlertTierSyntax? _ticket;

    protected SourceWriter Writer => w;

    public SettingsBuilder Period(string value)
    {
        w.Word("period");
        _period = w.Word(value);
        return this;
    }

    public SettingsBuilder Evaluation(string value)
    {
        w.Word("evaluation");
        _evaluation = w.Word(value);
        return this;
    }

    public SettingsBuilder Page(Action<TierBuilder> build) => Tier("page", build, t => _page = t);

    public SettingsBuilder Ticket(Action<TierBuilder> build) => Tier("ticket", build, t => _ticket = t);

    public SettingsSyntax BuildSettings(int start)
    {
        var alerting = _page is null && _ticket is null ? null : new AlertingSyntax(_page, _ticket, w.From(start));
        return new SettingsSyntax(_period, _evaluation, alerting, w.From(start));
    }

    private SettingsBuilder Tier(string kind, Action<TierBuilder> build, Action<AlertTierSyntax> store)
    {
        var start = w.Position;
        var tier = new TierBuilder(w, w.Word(kind));
        build(tier);
        store(tier.Build(start));
        return this;
    }
}

internal sealed class TierBuilder(SourceWriter w, Spanned<string> kind)
{
    private readonly List<LabelSyntax> _labels = [];
    private readonly List<LabelSyntax> _annotations = [];
    private Spanned<bool>? _enabled;
    private Spanned<string>? _severity;
    private Spanned<string>? _receiver;
    private Spanned<string>? _for;
    private Spanned<string>? _during;

    public TierBuilder Off() => Set(() => _enabled = w.Value(false, "off"));

    public TierBuilder On() => Set(() => _enabled = w.Value(true, "on"));

    public TierBuilder Severity(string value) => Set(() => _severity = w.Word(value));

    public TierBuilder Receiver(string value) => Set(() => _receiver = w.Word(value));

    public TierBuilder For(string value) => Set(() => _for = w.Word(value));

    public TierBuilder During(string value) => Set(() => _during = w.Word(value));

    public TierBuilder Label(string name, string value) => Set(() => _labels.Add(new(w.Word(name), w.Quoted(value))));

    public TierBuilder Annotation(string name, string value) => Set(() => _annotations.Add(new(w.Word(name), w.Quoted(value))));

    public AlertTierSyntax Build(int start) =>
        new(kind, _enabled, _severity, _receiver, _for, _during, _labels, _annotations, w.From(start));

    private TierBuilder Set(Action write)
    {
        write();
        return this;
    }
}

internal sealed class ServiceBuilder(SourceWriter w, Spanned<string> name) : SettingsBuilder(w)
{
    private readonly List<LabelSyntax> _labels = [];
    private readonly List<SloSyntax> _slos = [];
    private Spanned<string>? _team;
    private Spanned<string>? _runbook;
    private Spanned<string>? _policy;

    public ServiceBuilder Team(string value)
    {
        _team = Writer.Word(value);
        return this;
    }

    public ServiceBuilder Runbook(string value)
    {
        _runbook = Writer.Quoted(value);
        return this;
    }

    public ServiceBuilder UsePolicy(string value)
    {
        _policy = Writer.Word(value);
        return this;
    }

    public ServiceBuilder Label(string key, string value)
    {
        _labels.Add(new LabelSyntax(Writer.Word(key), Writer.Quoted(value)));
        return this;
    }

    public ServiceBuilder With(Action<SettingsBuilder> settings)
    {
        settings(this);
        return this;
    }

    public ServiceBuilder Slo(string sloName, Action<SloBuilder> build)
    {
        var start = Writer.Position;
        Writer.Word("slo");
        var slo = new SloBuilder(Writer, Writer.Word(sloName));
        build(slo);
        _slos.Add(slo.Build(start));
        return this;
    }

    public ServiceSyntax Build(int start) =>
        new(name, _team, null, null, _runbook, _labels, _policy, BuildSettings(start), _slos, Writer.From(start));
}
