using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.Foreign;

/// <summary>
/// What a YAML file holds, document by document: ours, one of the three peers' formats, or foreign (and what it is),
/// so a file the front ends skip can be named with the reason instead of vanishing.
/// </summary>
public static class SourceClassifier
{
    /// <summary>One class per <c>---</c> document; a single "malformed YAML" entry when the file does not load.</summary>
    public static IReadOnlyList<DocumentClass> Classify(SourceFile source)
    {
        if (source.Path.EndsWith(".slo", StringComparison.OrdinalIgnoreCase))
        {
            return [new DocumentClass(DocumentFormat.Ours, "slo language")];
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(GuardedYamlParser.Create(new StringReader(source.Text.TrimStart('\uFEFF'))));
            return stream.Documents.Count == 0
                ? [new DocumentClass(DocumentFormat.Foreign, "no YAML document")]
                : stream.Documents.Select(d => DocumentClassifier.Classify(d.RootNode)).ToList();
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return [new DocumentClass(DocumentFormat.Foreign, "malformed YAML")];
        }
    }

    /// <summary>True when some front end reads a document of the file (an unknown apiVersion counts: it is reported).</summary>
    public static bool HasReadableDocument(IReadOnlyList<DocumentClass> classes) =>
        classes.Any(c => c.Format != DocumentFormat.Foreign);

    /// <summary>What was found, for messages: "kind: Deployment (apiVersion: apps/v1); no apiVersion and no kind".</summary>
    public static string Summary(IReadOnlyList<DocumentClass> classes) =>
        string.Join("; ", classes.Select(c => c.Description).Distinct(StringComparer.Ordinal));
}
