using SloCompiler.Diagnostics;
using SloCompiler.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing;

/// <summary>Loads a whole YAML stream with positions, turning YamlDotNet's exceptions into one diagnostic.</summary>
internal static class YamlStreamLoader
{
    /// <summary>The stream, or null after reporting <paramref name="malformed"/> (whose message takes the parser's text).</summary>
    /// <param name="length">How much of the text from <see cref="YamlContext.Origin"/> to read; null for the rest.</param>
    /// <param name="nestedIn">How deep the part read sits in its file, so the depth limit stays the file's.</param>
    /// <param name="mergeKeys">Whether <c>&lt;&lt;: *anchor</c> merges a mapping (rule files: promtool's YAML does).</param>
    public static YamlStream? Load(YamlContext context, DiagnosticDescriptor malformed, int? length = null, int nestedIn = 0, bool mergeKeys = false)
    {
        var text = context.Source.Text.Substring(context.Origin, length ?? context.Source.Text.Length - context.Origin);
        try
        {
            while (true)
            {
                try
                {
                    var stream = new YamlStream();
                    stream.Load(GuardedYamlParser.Create(new StringReader(text), GuardedYamlParser.MaxDepth - nestedIn));
                    if (mergeKeys)
                    {
                        YamlMergeKeys.Apply(stream);
                    }

                    return stream;
                }
                catch (YamlException exception) when (QuotedApostrophes.TryRewrite(text, exception) is { } rewritten)
                {
                    // Go's YAML reads \' in a double-quoted scalar as an apostrophe, as promtool does.
                    text = rewritten.Text;
                    context.Lengthened(rewritten.Rewrites, by: 2);
                }
            }
        }
        catch (YamlAliasLimitException exception)
        {
            context.Report(DiagnosticDescriptors.YamlAliasLimit, context.Span(exception.Start, exception.End), exception.Reason);
        }
        catch (YamlException exception)
        {
            var span = context.Span(exception.Start, exception.End);
            context.Report(malformed, new SourceSpan(span.File, span.Start, 0), exception.Message);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet signals some problems (e.g. odd tags) with general exceptions.
            context.Report(malformed, new SourceSpan(context.Source, 0, 0), exception.Message);
        }

        return null;
    }
}
