using SloCompiler.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.RuleFiles;

/// <summary>
/// One Prometheus rule file (or the <c>PrometheusRule</c> objects of a Kubernetes manifest) as read,
/// with the problems <c>promtool check rules</c> would reject in <see cref="Diagnostics"/>.
/// </summary>
public sealed record RuleFile(SourceFile Source, IReadOnlyList<RuleGroup> Groups, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Every rule of every group, in file order.</summary>
    public IEnumerable<Rule> Rules => Groups.SelectMany(g => g.Rules);
}
