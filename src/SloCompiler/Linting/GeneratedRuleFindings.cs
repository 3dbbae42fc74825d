using SloCompiler.Diagnostics;
using SloCompiler.Emit;
using SloCompiler.Governance;
using SloCompiler.Model;
using SloCompiler.RuleFiles;
using SloCompiler.Text;

namespace SloCompiler.Linting;

/// <summary>
/// The rule checks about what an SLI reads (rate over a non-counter, short windows, regex matchers,
/// never-true comparisons, vector matching, division inside sums) on the rules slo would generate for the
/// SLO sources, reported at the SLO that causes them: a regex matcher without regex (SLO431) written in an
/// SLI shows up in the SLO file the author edits, not only inside a DO-NOT-EDIT rule file. A finding points
/// at the offending text in the SLO (the matcher, the metric) when it is written there, else at the SLO's
/// name. The burn-rate checks (SLO437–SLO440) are left out: the SLO checker's alert math (SLO120, SLO121)
/// already says the same about the SLO itself.
/// </summary>
public static class GeneratedRuleFindings
{
    private static readonly HashSet<string> SliChecks =
        ["SLO420", "SLO421", "SLO422", "SLO424", "SLO431", "SLO432", "SLO433", "SLO434"];

    public static IReadOnlyList<Diagnostic> Find(SloProgram program, IReadOnlyList<SourceFile> sources, LintConfig config)
    {
        var owners = program.Services
            .SelectMany(service => service.Slos.SelectMany(slo => PrometheusRulesEmitter.SloGroupPlan(service, slo, maxRules: null)
                .Select(group => (Group: group.Name, Service: service, Slo: slo))))
            .GroupBy(o => o.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var locator = new ModelLocator(sources);
        var found = new List<Diagnostic>();

        // One service's rule file at a time: every generated rule reads only its own service's series and
        // recordings, and holding ten thousand SLOs' rule files at once cost lint half a gigabyte.
        foreach (var service in program.Services)
        {
            var output = PrometheusRulesEmitter.Emit(service);
            var result = RuleLinter.Lint([RuleFileReader.Read(new SourceFile(output.RelativePath, output.Content))], config);
            foreach (var diagnostic in result.Diagnostics.Where(IsRuleCheck))
            {
                var rule = result.Rules.FirstOrDefault(r => r.Span.Start <= diagnostic.Span.Start && diagnostic.Span.End <= r.Span.End);
                if (rule is null || !owners.TryGetValue(rule.Group, out var owner))
                {
                    continue;
                }

                var written = diagnostic.Span.File.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
                var at = locator.InSlo(owner.Service, owner.Slo, written);
                var message = $"{diagnostic.Message} (in the rules generated for SLO '{owner.Slo.Name}')";
                found.Add(diagnostic with { Span = at, Message = message });
            }
        }

        return found.DistinctBy(d => (d.Code, d.Span.File.Path, d.Span.Start, d.Message)).ToList();
    }

    private static bool IsRuleCheck(Diagnostic diagnostic) => SliChecks.Contains(diagnostic.Code);
}
