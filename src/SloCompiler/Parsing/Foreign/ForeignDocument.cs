using SloCompiler.Diagnostics;
using SloCompiler.Parsing.OpenSlo;
using SloCompiler.Parsing.Pyrra;
using SloCompiler.Parsing.Sloth;
using SloCompiler.Syntax;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.Foreign;

/// <summary>Sends a document of a peer's format to its reader; a known kind under an unknown apiVersion is reported.</summary>
internal static class ForeignDocument
{
    public static void Read(YamlContext context, YamlMappingNode root, DocumentClass format, List<ServiceSyntax> services, List<OpenSloObject> openSlo)
    {
        switch (format.Format)
        {
            case DocumentFormat.Sloth:
                Add(services, SlothReader.Plain(context, root));
                break;
            case DocumentFormat.SlothKubernetes:
                Add(services, SlothReader.Kubernetes(context, root));
                break;
            case DocumentFormat.Pyrra:
                Add(services, PyrraReader.Service(context, root));
                break;
            case DocumentFormat.OpenSlo:
                if (OpenSloReader.Read(context, root) is { } item)
                {
                    openSlo.Add(item);
                }

                break;
            case DocumentFormat.UnknownVersion:
                var versionKey = root.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value is "apiVersion" or "version");
                var kind = root.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode) && kindNode is YamlScalarNode { Value: { } k } ? k : "(none)";
                var written = versionKey is not null && root.Children[versionKey] is YamlScalarNode { Value: { } v } ? v : string.Empty;
                context.Report(DiagnosticDescriptors.UnknownApiVersionForKind,
                    versionKey is null ? context.Span(root.Start, root.Start) : context.Span(root.Children[versionKey]), written, kind, format.Suggestion);
                break;
        }
    }

    private static void Add(List<ServiceSyntax> services, ServiceSyntax? service)
    {
        if (service is not null)
        {
            services.Add(service);
        }
    }
}
