using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Instrumentation;

/// <summary>
/// Finds the metrics C# code creates, from syntax alone: the scanned project is never compiled or
/// restored, so a repository is scanned in seconds and in CI without its packages. Names and label
/// lists are resolved through consts declared anywhere in the scanned files; what cannot be resolved
/// is reported (SLO303) or leaves the labels open. Every metric keeps the file:line of its creation.
/// </summary>
public static class CSharpMetricScanner
{
    private static readonly CSharpParseOptions Options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);

    /// <param name="serviceOf">The service a file belongs to (null when unknown).</param>
    public static MetricCatalog Scan(IReadOnlyList<SourceFile> files, Func<SourceFile, string?> serviceOf, DiagnosticBag diagnostics)
    {
        // Parsing is most of the work and each file is independent; AsOrdered keeps the output order.
        var trees = files.AsParallel().AsOrdered()
            .Select(file => (File: file, Root: CSharpSyntaxTree.ParseText(file.Text, Options, file.Path).GetRoot()))
            .ToList();
        var constants = new ConstantTable();
        foreach (var (_, root) in trees)
        {
            constants.AddDeclarations(root);
        }

        var instruments = new Dictionary<string, List<InstrumentBuilder>>(StringComparer.Ordinal);
        var all = new List<InstrumentBuilder>();
        var recordSites = new List<InvocationExpressionSyntax>();
        foreach (var (file, root) in trees)
        {
            foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (MethodName(call) is not { } method)
                {
                    continue;
                }

                if (method.Identifier.Text is "Add" or "Record")
                {
                    recordSites.Add(call);
                }
                else if (Instrument(file, call, method, constants, serviceOf(file), diagnostics) is { } instrument)
                {
                    all.Add(instrument);
                    if (AssignedName(call) is { } target)
                    {
                        Bucket(instruments, target).Add(instrument);
                    }
                }
            }
        }

        foreach (var site in recordSites)
        {
            AttachTags(site, instruments, constants);
        }

        return new MetricCatalog(all.Select(i => i.Build()));
    }

    private static InstrumentBuilder? Instrument(
        SourceFile file, InvocationExpressionSyntax call, SimpleNameSyntax method, ConstantTable constants, string? service, DiagnosticBag diagnostics)
    {
        // Meter's observable instruments infer their type argument from the callback, so they may be written without <T>;
        // prometheus-net has neither those nor up-down counters.
        var isMeter = method is GenericNameSyntax
            || method.Identifier.Text.StartsWith("CreateObservable", StringComparison.Ordinal)
            || method.Identifier.Text == "CreateUpDownCounter";
        var type = isMeter ? MeterInstruments.TypeOf(method.Identifier.Text) : PrometheusNetInstruments.TypeOf(method.Identifier.Text);
        if (type is not { } metricType)
        {
            return null;
        }

        var arguments = new CallArguments(call.ArgumentList);
        var nameExpression = arguments.Get(0, "name");
        if (nameExpression is null)
        {
            return null;
        }

        var span = new SourceSpan(file, nameExpression.SpanStart, nameExpression.Span.Length);
        if (constants.String(nameExpression) is not { } written)
        {
            diagnostics.Report(DiagnosticDescriptors.UnresolvedMetricName, span, method.Identifier.Text);
            return null;
        }

        var origin = new MetricOrigin(file.Path, span.StartPosition.Line);
        if (!isMeter)
        {
            var metric = new InstrumentBuilder(written, metricType, constants.String(arguments.Get(1, "help")), origin, service);
            PrometheusNetInstruments.ReadOptions(metric, metricType, arguments, constants);
            return Valid(metric, written, span, diagnostics);
        }

        var (unit, description, tags) = MeterInstruments.Options(method.Identifier.Text, arguments);
        var name = OpenTelemetryNames.Translate(written, constants.String(unit), metricType);
        var instrument = new InstrumentBuilder(name, metricType, constants.String(description), origin, service) { LabelsOpen = true };
        if (tags is not null)
        {
            instrument.Labels.UnionWith(RecordSiteTags.Keys(tags, constants));
        }

        return Valid(instrument, name, span, diagnostics);
    }

    private static InstrumentBuilder? Valid(InstrumentBuilder metric, string name, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (MetricNames.IsValid(name))
        {
            return metric;
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidMetricName, span, name);
        return null;
    }

    /// <summary><c>Requests.Add(1, new("route", r))</c>: tag keys join every instrument stored under that name.</summary>
    private static void AttachTags(InvocationExpressionSyntax site, Dictionary<string, List<InstrumentBuilder>> instruments, ConstantTable constants)
    {
        if (site.Expression is not MemberAccessExpressionSyntax access
            || LastName(access.Expression) is not { } target
            || !instruments.TryGetValue(target, out var targets))
        {
            return;
        }

        var keys = site.ArgumentList.Arguments.Skip(1).SelectMany(a => RecordSiteTags.Keys(a.Expression, constants)).ToList();
        foreach (var instrument in targets)
        {
            instrument.Labels.UnionWith(keys);
        }
    }

    /// <summary>The field, property or variable an instrument is stored in (through chained calls such as <c>.WithLabels(…)</c>).</summary>
    private static string? AssignedName(InvocationExpressionSyntax call)
    {
        foreach (var ancestor in call.Ancestors())
        {
            switch (ancestor)
            {
                case VariableDeclaratorSyntax variable:
                    return variable.Identifier.Text;
                case PropertyDeclarationSyntax property:
                    return property.Identifier.Text;
                case AssignmentExpressionSyntax assignment:
                    return LastName(assignment.Left);
                case StatementSyntax or MemberDeclarationSyntax or ArgumentSyntax or AnonymousFunctionExpressionSyntax:
                    return null;
            }
        }

        return null;
    }

    private static SimpleNameSyntax? MethodName(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name,
        SimpleNameSyntax simple => simple,
        _ => null,
    };

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.Text,
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        _ => null,
    };

    private static List<InstrumentBuilder> Bucket(Dictionary<string, List<InstrumentBuilder>> instruments, string name)
    {
        if (!instruments.TryGetValue(name, out var list))
        {
            instruments[name] = list = [];
        }

        return list;
    }
}
