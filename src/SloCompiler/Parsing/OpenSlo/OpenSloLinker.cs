using SloCompiler.Diagnostics;
using SloCompiler.Syntax;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.OpenSlo;

/// <summary>
/// After every file is read: each OpenSLO <c>SLO</c> becomes one SLO per objective, in a service named by its
/// <c>spec.service</c> in the SLO's own file, with <c>indicatorRef</c> and <c>metricSourceRef</c> resolved across files.
/// </summary>
internal static class OpenSloLinker
{
    public static IReadOnlyList<SloDocumentSyntax> Link(IReadOnlyList<SloDocumentSyntax> documents, DiagnosticBag diagnostics)
    {
        var all = documents.SelectMany(d => d.OpenSlo).ToList();
        if (all.Count == 0)
        {
            return documents;
        }

        var byName = all
            .GroupBy(o => (o.Kind, o.Name))
            .ToDictionary(g => g.Key, g => g.First());
        return documents.Select(document => document.OpenSlo.Count == 0 ? document : WithServices(document, byName)).ToList();
    }

    private static SloDocumentSyntax WithServices(SloDocumentSyntax document, IReadOnlyDictionary<(string, string), OpenSloObject> byName)
    {
        var services = new List<ServiceSyntax>(document.Services);
        var grouped = new Dictionary<string, (Spanned<string> Name, List<SloSyntax> Slos, SourceSpan Span)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var slo in document.OpenSlo.Where(o => o.Kind == "SLO"))
        {
            var reader = new OpenSloSloReader(slo.Context, byName);
            if (reader.Read(slo) is not { } read)
            {
                continue;
            }

            if (!grouped.TryGetValue(read.Service.Value, out var entry))
            {
                entry = (read.Service, [], slo.Context.Span(slo.Root.Node));
                grouped.Add(read.Service.Value, entry);
                order.Add(read.Service.Value);
            }

            entry.Slos.AddRange(read.Slos);
            grouped[read.Service.Value] = entry with { Span = entry.Span.Union(slo.Context.Span(slo.Root.Node)) };
        }

        foreach (var name in order)
        {
            var (serviceName, slos, span) = grouped[name];
            Spanned<string>? description = document.OpenSlo
                .FirstOrDefault(o => o.Kind == "Service" && o.Name == name) is { } service
                && service.Root.Get("spec") is YamlMappingNode spec
                && spec.Children.TryGetValue(new YamlScalarNode("description"), out var text) && text is YamlScalarNode scalar
                    ? new Spanned<string>(scalar.Value ?? string.Empty, service.Context.Span(scalar))
                    : null;
            services.Add(new ServiceSyntax(serviceName, null, null, description, null, [], null, SettingsSyntax.Empty(span), slos, span));
        }

        return document with { Services = services };
    }
}
