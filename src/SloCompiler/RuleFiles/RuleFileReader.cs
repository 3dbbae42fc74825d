using System.Text.RegularExpressions;
using SloCompiler.Diagnostics;
using SloCompiler.Parsing;
using SloCompiler.PromQl;
using SloCompiler.Text;
using SloCompiler.Threading;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.RuleFiles;

/// <summary>
/// Reads Prometheus rule files (<c>groups:</c> at the top) and Kubernetes <c>PrometheusRule</c> objects
/// (<c>spec.groups</c>, any number of <c>---</c> documents) as strictly as <c>promtool check rules</c> 2.42,
/// keeping the position of every key and value. Problems become diagnostics; nothing throws.
/// </summary>
public static partial class RuleFileReader
{
    /// <summary>
    /// True when the text looks like a rule file: a top-level <c>groups:</c> key or <c>kind: PrometheusRule</c>.
    /// A cheap text test, so the CLI can route <c>.yml</c> files before parsing them.
    /// </summary>
    public static bool LooksLikeRuleFile(string text) => TopLevelGroups().IsMatch(text) || PrometheusRuleKind().IsMatch(text);

    /// <summary>True when the text holds a <c>kind: PrometheusRule</c> document (the same cheap text test).</summary>
    public static bool IsPrometheusRuleObject(string text) => PrometheusRuleKind().IsMatch(text);

    /// <summary>Reads every rule group of the file; PromQL errors stay in each <see cref="Rule.Parsed"/> for the linter.</summary>
    /// <remarks>
    /// A large plain rule file is read one group at a time on every core (<see cref="GroupChunks"/>): one YAML model
    /// for a 100,000-rule file took a third of lint's time and most of its memory. The result is the same as
    /// reading it whole, which is what happens whenever a group does not parse on its own.
    /// </remarks>
    public static RuleFile Read(SourceFile source, PromQlOptions? options = null)
    {
        var promQl = options ?? PromQlOptions.Default;
        // expressions are parsed as they are read, and may be as deep as promtool accepts: see DeepStack
        return DeepStack.Run(() => GroupChunks.Split(source.Text) is { } chunks && ReadByGroup(source, chunks, promQl) is { } file
            ? file
            : ReadWhole(source, promQl));
    }

    /// <summary>The file as one YAML stream: every shape, multi-document files and PrometheusRule objects.</summary>
    internal static RuleFile ReadWhole(SourceFile source, PromQlOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var context = new YamlContext(source, diagnostics);
        var groups = new List<RuleGroup>();
        if (YamlStreamLoader.Load(context, DiagnosticDescriptors.RuleFileMalformed, mergeKeys: true) is { } stream)
        {
            var expressions = ParsedExpressions.Prefill(stream, options ?? PromQlOptions.Default);
            foreach (var document in stream.Documents)
            {
                if (GroupsNode(context, document.RootNode) is ({ } groupsNode, var operatorObject))
                {
                    groups.AddRange(RuleGroupReader.ReadAll(context, groupsNode, expressions, operatorObject));
                }
            }
        }

        return new RuleFile(source, groups, diagnostics.Items);
    }

    /// <summary>
    /// Each group from its own text, in parallel: from YamlDotNet's events when the group has nothing to report
    /// (<see cref="CleanGroupReader"/>), else through the representation model. Null when one does not parse cleanly
    /// as one list item.
    /// </summary>
    internal static RuleFile? ReadByGroup(SourceFile source, IReadOnlyList<GroupChunk> chunks, PromQlOptions options)
    {
        // about one expression per 400 characters of rule file (the compiler's rules run 300-500)
        var expressions = ParsedExpressions.OnDemand(options, expected: source.Text.Length / 400);
        var groups = new RuleGroup?[chunks.Count];
        var bags = new DiagnosticBag?[chunks.Count];
        var failed = false;
        var batches = Batches(chunks);
        DeepStack.For(batches.Count, b =>
        {
            var (first, count) = batches[b];
            var start = chunks[first].Start;
            var length = chunks[first + count - 1].Start + chunks[first + count - 1].Length - start;
            var unused = new DiagnosticBag(); // the clean reader reports nothing: it gives up instead
            if (CleanGroupReader.TryReadAll(new YamlContext(source, unused, origin: start), length, expressions) is { } clean && clean.Count == count)
            {
                for (var i = 0; i < count; i++)
                {
                    groups[first + i] = clean[i];
                }

                return true;
            }

            // some group has something to report: each is read on its own, the clean ones still from events
            for (var i = first; i < first + count; i++)
            {
                if (ReadGroupChunk(source, chunks[i], chunks[i].Index, expressions, fast: true, chunks[i].OperatorObject) is not { } read)
                {
                    failed = true;
                    return false;
                }

                (groups[i], bags[i]) = read;
            }

            return true;
        });
        if (failed)
        {
            return null;
        }

        // in the whole reader's order: each document's groups' diagnostics, then its repeated group names
        var diagnostics = new DiagnosticBag();
        var context = new YamlContext(source, diagnostics);
        var read = new List<RuleGroup>(chunks.Count);
        for (var first = 0; first < chunks.Count;)
        {
            var end = first;
            while (end < chunks.Count && chunks[end].Document == chunks[first].Document)
            {
                end++;
            }

            var documentGroups = new List<RuleGroup>(end - first);
            for (var i = first; i < end; i++)
            {
                if (bags[i] is { } bag)
                {
                    diagnostics.AddRange(bag.Items);
                }

                if (groups[i] is { } group)
                {
                    documentGroups.Add(group);
                }
            }

            RuleGroupReader.ReportDuplicateNames(context, documentGroups);
            read.AddRange(documentGroups);
            first = end;
        }

        return new RuleFile(source, read, diagnostics.Items);
    }

    /// <summary>Consecutive groups read by one parser: about this many characters of rule file.</summary>
    private const int BatchLength = 64 * 1024;

    /// <summary>Runs of consecutive chunks (first index, count) of about <see cref="BatchLength"/> characters each.</summary>
    private static List<(int First, int Count)> Batches(IReadOnlyList<GroupChunk> chunks)
    {
        var batches = new List<(int First, int Count)>();
        for (var first = 0; first < chunks.Count;)
        {
            var count = 1;
            var length = chunks[first].Length;
            while (first + count < chunks.Count && length + chunks[first + count].Length <= BatchLength
                && chunks[first + count].Document == chunks[first].Document)
            {
                length += chunks[first + count].Length;
                count++;
            }

            batches.Add((first, count));
            first += count;
        }

        return batches;
    }

    /// <summary>
    /// The <paramref name="index"/>th group from its own text (one <c>- name: …</c> item), with the diagnostics of
    /// reading it; null when it is not exactly one list item that parses on its own. With <paramref name="fast"/> a
    /// group with nothing to report is read from YamlDotNet's events (<see cref="CleanGroupReader"/>).
    /// </summary>
    internal static (RuleGroup? Group, DiagnosticBag Diagnostics)? ReadGroupChunk(
        SourceFile source, (int Start, int Length) chunk, int index, ParsedExpressions expressions, bool fast, bool operatorObject = false)
    {
        var bag = new DiagnosticBag();
        var context = new YamlContext(source, bag, origin: chunk.Start);
        if (fast && CleanGroupReader.TryRead(context, chunk.Length, expressions) is { } clean)
        {
            return (clean, bag);
        }

        var stream = YamlStreamLoader.Load(context, DiagnosticDescriptors.RuleFileMalformed, chunk.Length, nestedIn: operatorObject ? 2 : 1, mergeKeys: true);
        if (stream is not { Documents: [{ RootNode: YamlSequenceNode { Children: [var item] } }] })
        {
            return null;
        }

        return (RuleGroupReader.Read(context, item, index, expressions, operatorObject), bag);
    }

    /// <summary>
    /// The <c>groups</c> list of a PrometheusRule's spec or of a plain rule file document. Other Kubernetes objects
    /// (with <c>apiVersion</c> or <c>kind</c>) are skipped; any other document is read as strictly as promtool reads a
    /// rule file, so a misspelt <c>groups</c> is reported rather than ignored.
    /// </summary>
    private static (YamlNode? Groups, bool OperatorObject) GroupsNode(YamlContext context, YamlNode root)
    {
        if (YamlContext.IsNull(root))
        {
            return (null, false);
        }

        if (root is not YamlMappingNode mapping)
        {
            context.Report(DiagnosticDescriptors.YamlTypeMismatch, context.Span(root), "a rule file", "a mapping with 'groups'");
            return (null, false);
        }

        if (mapping.Children.TryGetValue(new YamlScalarNode("kind"), out var kind) && kind is YamlScalarNode { Value: "PrometheusRule" })
        {
            var resource = context.Map(mapping, string.Empty, ["apiVersion", "kind", "metadata", "spec"]);
            var spec = resource?.Get("spec") is { } specNode ? context.Map(specNode, "spec", ["groups"]) : null;
            return (spec?.Get("groups"), true);
        }

        if (mapping.Children.ContainsKey(new YamlScalarNode("apiVersion")) || mapping.Children.ContainsKey(new YamlScalarNode("kind")))
        {
            return (null, false);
        }

        return (context.Map(mapping, string.Empty, ["groups"])?.Get("groups"), false);
    }

    [GeneratedRegex(@"^groups[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex TopLevelGroups();

    [GeneratedRegex(@"^kind[ \t]*:[ \t]*[""']?PrometheusRule[""']?[ \t]*(#.*)?\r?$", RegexOptions.Multiline)]
    private static partial Regex PrometheusRuleKind();
}
