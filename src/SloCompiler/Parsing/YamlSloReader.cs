using SloCompiler.Diagnostics;
using SloCompiler.Parsing.Foreign;
using SloCompiler.Parsing.OpenSlo;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing;

/// <summary>
/// The YAML front end: reads every <c>---</c> document of a file whose <c>apiVersion</c> is
/// <c>slocompiler.dev/v1</c> into the same syntax tree the DSL produces. Other YAML (workflows,
/// Kubernetes manifests) is ignored so SLO files can live anywhere in a repository.
/// </summary>
public static class YamlSloReader
{
    internal const string ApiVersion = "slocompiler.dev/v1";

    private const string ApiGroup = "slocompiler.dev/";

    /// <summary>Text that marks a file as meant for one of the front ends, so malformed YAML in it is reported.</summary>
    private static readonly string[] Markers = [ApiGroup, "prometheus/v1", "sloth.slok.dev/", "openslo/", "pyrra.dev/"];

    /// <summary>Null when the file holds no SLO document (other YAML in the tree is ignored).</summary>
    public static SloDocumentSyntax? Read(SourceFile source, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(source, diagnostics);
        var stream = Load(context);
        if (stream is null)
        {
            return IsMarked(source.Text) ? Empty(source) : null;
        }

        var found = false;
        SettingsSyntax? defaults = null;
        var policies = new List<PolicySyntax>();
        var services = new List<ServiceSyntax>();
        var receivers = new List<ReceiverSyntax>();
        var timeIntervals = new List<TimeIntervalSyntax>();
        var openSlo = new List<OpenSloObject>();
        foreach (var document in stream.Documents)
        {
            var format = DocumentClassifier.Classify(document.RootNode);
            if (format.Format != DocumentFormat.Foreign)
            {
                found = true;
            }

            if (document.RootNode is not YamlMappingNode rootNode || format.Format == DocumentFormat.Foreign)
            {
                continue;
            }

            if (format.Format != DocumentFormat.Ours)
            {
                ForeignDocument.Read(context, rootNode, format, services, openSlo);
                continue;
            }

            if (Classify(context, rootNode) is not { } supported)
            {
                continue;
            }

            found = true;
            if (!supported)
            {
                continue;
            }

            if (YamlDocumentMapper.Root(context, rootNode) is not { } root || Kind(context, root) is not { } kind)
            {
                continue;
            }

            switch (kind)
            {
                case "Service":
                    if (YamlDocumentMapper.Service(context, root) is { } service)
                    {
                        services.Add(service);
                    }

                    break;
                case "Policy":
                    if (YamlDocumentMapper.Policy(context, root) is { } policy)
                    {
                        policies.Add(policy);
                    }

                    break;
                case "Receivers":
                    receivers.AddRange(YamlAlertmanagerMapper.Receivers(context, root));
                    break;
                case "TimeInterval":
                    if (YamlAlertmanagerMapper.TimeInterval(context, root) is { } interval)
                    {
                        timeIntervals.Add(interval);
                    }

                    break;
                default:
                    var settings = YamlDocumentMapper.Defaults(context, root);
                    if (defaults is null)
                    {
                        defaults = settings;
                    }
                    else
                    {
                        // The DSL allows one defaults block per file; YAML keeps the same rule.
                        context.Report(DiagnosticDescriptors.DuplicatePolicy, context.Span(rootNode), "defaults", defaults.Span.ToString());
                    }

                    break;
            }
        }

        return found
            ? new SloDocumentSyntax(source, defaults, policies, services) { Receivers = receivers, TimeIntervals = timeIntervals, OpenSlo = openSlo }
            : null;
    }

    private static bool IsMarked(string text) => Markers.Any(marker => text.Contains(marker, StringComparison.Ordinal));

    private static SloDocumentSyntax Empty(SourceFile source) => new(source, null, [], []);

    /// <summary>
    /// The whole stream, or null when it is not well-formed. Malformed YAML is only reported when the file mentions our
    /// apiVersion group: Helm templates and other tools' YAML are often not valid YAML and are none of our business.
    /// </summary>
    private static YamlStream? Load(YamlContext context)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(GuardedYamlParser.Create(new StringReader(context.Source.Text[context.Origin..])));
            return stream;
        }
        catch (YamlAliasLimitException exception)
        {
            // like malformed YAML, only reported in files meant for a front end; either way the file is not read further
            if (IsMarked(context.Source.Text))
            {
                context.Report(DiagnosticDescriptors.YamlAliasLimit, context.Span(exception.Start, exception.End), exception.Reason);
            }
        }
        catch (YamlException exception)
        {
            ReportMalformed(context, exception.Start, exception.End, exception.Message);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet signals some problems (e.g. odd tags) with general exceptions.
            ReportMalformed(context, Mark.Empty, Mark.Empty, exception.Message);
        }

        return null;
    }

    private static void ReportMalformed(YamlContext context, Mark start, Mark end, string message)
    {
        if (IsMarked(context.Source.Text))
        {
            var span = context.Span(start, end);
            context.Report(DiagnosticDescriptors.InvalidYaml, new SourceSpan(span.File, span.Start, 0), message);
        }
    }

    /// <summary>
    /// Null when the document is not ours; false when it is ours but of another version (reported: a typo there
    /// should not silently drop SLOs); true when it is slocompiler.dev/v1.
    /// </summary>
    private static bool? Classify(YamlContext context, YamlMappingNode root)
    {
        var apiVersion = root.Children
            .FirstOrDefault(entry => entry.Key is YamlScalarNode { Value: "apiVersion" }).Value as YamlScalarNode;
        if (apiVersion?.Value is not { } version || !version.StartsWith(ApiGroup, StringComparison.Ordinal))
        {
            return null;
        }

        if (version != ApiVersion)
        {
            context.Report(DiagnosticDescriptors.UnsupportedApiVersion, context.Span(apiVersion), version);
            return false;
        }

        return true;
    }

    private static string? Kind(YamlContext context, YamlMap root)
    {
        if (context.Required(root, "kind", "an slocompiler.dev/v1 document") is not { } kind)
        {
            return null;
        }

        if (!YamlDocumentMapper.Kinds.Contains(kind.Value, StringComparer.Ordinal))
        {
            context.Report(DiagnosticDescriptors.UnsupportedKind, kind.Span, kind.Value, string.Join(", ", YamlDocumentMapper.Kinds));
            return null;
        }

        return kind.Value;
    }
}
