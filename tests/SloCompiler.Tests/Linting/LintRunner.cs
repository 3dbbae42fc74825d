using System.Text;
using SloCompiler.Diagnostics;
using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Tests.Linting;

/// <summary>Reads rule files and lints them as <c>slo lint</c> would, and renders diagnostics one per line.</summary>
internal static class LintRunner
{
    public static LintResult Lint(LintConfig config, params (string Path, string Text)[] files) =>
        RuleLinter.Lint(files.Select(f => RuleFileReader.Read(new SourceFile(f.Path, f.Text), config.Target.PromQl)).ToList(), config);

    public static LintResult Lint(string text, LintConfig? config = null) => Lint(config ?? LintConfig.Default, ("rules.yml", text));

    /// <summary><c>(3,12) warning SLO420: message</c>, file names only when several files are involved.</summary>
    public static string Render(IEnumerable<Diagnostic> diagnostics, bool withFile = false)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics)
        {
            var position = d.Span.StartPosition;
            var file = withFile ? d.Span.File.Path : string.Empty;
            text.Append($"{file}({position.Line},{position.Column}) {DiagnosticFormatter.SeverityText(d.Severity)} {d.Code}: {d.Message}\n");
        }

        return text.ToString();
    }
}
