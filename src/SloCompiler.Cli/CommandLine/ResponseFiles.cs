using System.CommandLine.Parsing;

namespace SloCompiler.Cli.CommandLine;

/// <summary>
/// <c>@FILE</c> on the command line stands for the arguments in FILE (relative to the working
/// directory): one or more per line, split and quoted as on a command line; blank lines and lines
/// starting with '#' are skipped. CI jobs use it for long lists of paths or catalogs.
/// </summary>
internal static class ResponseFiles
{
    public static TryReplaceToken Replacer(CliContext context) =>
        (string token, out IReadOnlyList<string>? replacement, out string? error) =>
        {
            var path = context.FullPath(token);
            try
            {
                replacement = File.ReadAllLines(path)
                    .Select(line => line.Trim())
                    .Where(line => line.Length > 0 && !line.StartsWith('#'))
                    .SelectMany(CommandLineParser.SplitCommandLine)
                    .ToList();
                error = null;
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                replacement = null;
                error = $"cannot read response file '@{token}': {e.Message}";
                return false;
            }
        };
}
