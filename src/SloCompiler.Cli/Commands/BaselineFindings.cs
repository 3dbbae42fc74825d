using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using SloCompiler.Cli.Files;
using SloCompiler.Diagnostics;

namespace SloCompiler.Cli.Commands;

/// <summary>
/// What <c>slo lint</c> finds in the base revision of a pull request, with the same arguments, so
/// <c>--changed-since</c> can report every finding the change introduced wherever it points (a receiver
/// deleted in one file breaks an unchanged one), as pint's CI mode does, and hide only findings that
/// were there before.
/// </summary>
internal sealed class BaselineFindings
{
    private readonly Dictionary<(string Code, string File, string Message), int> _counts;

    private BaselineFindings(Dictionary<(string Code, string File, string Message), int> counts) => _counts = counts;

    /// <summary>
    /// Lints <paramref name="revision"/>'s copy of the repository in-process, with this command line
    /// minus <c>--changed-since</c> and with JSON output, from the same relative working folder, so its
    /// paths print exactly as this run's do.
    /// </summary>
    public static BaselineFindings Of(string revision, ParseResult parse, Option changedSince, CliContext context)
    {
        using var tree = BaseRevisionTree.Extract(revision, context.WorkingDirectory);
        var workingDirectory = tree.Map(context.WorkingDirectory);
        Directory.CreateDirectory(workingDirectory);

        var output = new StringWriter();
        CliApp.Run([.. ArgumentsWithout(parse, changedSince), "--format", "json"], output, new StringWriter(), workingDirectory, CliEnvironment.Plain);

        var counts = new Dictionary<(string, string, string), int>();
        if (TryRead(output.ToString()) is { } findings)
        {
            foreach (var key in findings)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return new BaselineFindings(counts);
    }

    /// <summary>The findings not in the base revision (counted, so a second copy of an old finding is new).</summary>
    public IReadOnlyList<Diagnostic> New(IReadOnlyList<Diagnostic> findings)
    {
        var left = new Dictionary<(string, string, string), int>(_counts);
        var result = new List<Diagnostic>();
        foreach (var finding in findings)
        {
            var key = (finding.Code, finding.Span.File.Path, finding.Message);
            if (left.TryGetValue(key, out var count) && count > 0)
            {
                left[key] = count - 1;
            }
            else
            {
                result.Add(finding);
            }
        }

        return result;
    }

    /// <summary>The command's tokens (response files already expanded) without --changed-since, --format and --coverage.</summary>
    private static IEnumerable<string> ArgumentsWithout(ParseResult parse, Option changedSince)
    {
        var dropped = parse.CommandResult.Children.OfType<OptionResult>()
            .Where(o => o.Option == changedSince || o.Option.Name is "--format" or "--coverage")
            .SelectMany(o => o.IdentifierToken is { } id ? o.Tokens.Prepend(id) : o.Tokens)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        return parse.Tokens.Where(t => !dropped.Contains(t)).Select(t => t.Value);
    }

    private static IEnumerable<(string, string, string)>? TryRead(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("file").GetString()!, d.GetProperty("message").GetString()!))
                .ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
