using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Cli.Files;

/// <summary>
/// What <c>slo lint</c> found, sorted into the two kinds it checks: SLO sources and Prometheus rule
/// files (plain <c>groups:</c> files and <c>PrometheusRule</c> objects).
/// </summary>
internal sealed record LintSources(IReadOnlyList<SourceFile> SloSources, IReadOnlyList<SourceFile> RuleFiles)
{
    /// <summary>
    /// <c>.slo</c> files are SLO sources. A YAML file is a rule file when it looks like one; slo's own
    /// <c>--target kubernetes</c> objects are skipped because they repeat <c>prometheus/*.rules.yml</c>
    /// byte for byte, and linting both would report every generated rule as a duplicate. Other files
    /// with the generated header are not sources; any other YAML is an SLO source (the YAML front end
    /// ignores documents that are not SLO documents, e.g. an Alertmanager configuration).
    /// </summary>
    public static LintSources Sort(IReadOnlyList<SourceFile> files)
    {
        var slo = new List<SourceFile>();
        var rules = new List<SourceFile>();
        foreach (var file in files)
        {
            var generated = GeneratedFileGuard.HasGeneratedHeader(file.Text);
            if (file.Path.EndsWith(".slo", StringComparison.OrdinalIgnoreCase))
            {
                if (!generated)
                {
                    slo.Add(file);
                }
            }
            else if (RuleFileReader.LooksLikeRuleFile(file.Text))
            {
                if (!(generated && RuleFileReader.IsPrometheusRuleObject(file.Text)))
                {
                    rules.Add(file);
                }
            }
            else if (!generated)
            {
                slo.Add(file);
            }
        }

        return new LintSources(slo, rules);
    }
}
