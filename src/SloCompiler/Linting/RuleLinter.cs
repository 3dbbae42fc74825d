using SloCompiler.Diagnostics;
using SloCompiler.Linting.Checks;
using SloCompiler.RuleFiles;
using SloCompiler.Threading;

namespace SloCompiler.Linting;

/// <summary>
/// Lints Prometheus rule files offline: <c>RuleLinter.Lint(files.Select(f => RuleFileReader.Read(f)).ToList(), config)</c>.
/// All files are linted together, so cross-file checks (duplicates, recording rules of other groups) see
/// everything; filter the result afterwards (e.g. by <see cref="LintResult.Rules"/> spans) to report on a subset.
/// </summary>
public static class RuleLinter
{
    /// <summary>The checks in the order they run; each reports its own stable codes.</summary>
    private static readonly IRuleCheck[] Checks =
    [
        new PromQlCheck(),
        new RateOfNonCounterCheck(),
        new RateWindowCheck(),
        new SubquerySampleLimitCheck(),
        new AlertWithoutConditionCheck(),
        new ComparisonNeverTrueCheck(),
        new ValueInAlertLabelCheck(),
        new TemplateLabelDroppedCheck(),
        new AbsentWithoutForCheck(),
        new DuplicateRuleCheck(),
        new RecordingRuleNameCheck(),
        new RecordedInOtherGroupCheck(),
        new RegexWithoutMetaCheck(),
        new RegexAnchorCheck(),
        new MatchingLabelDroppedCheck(),
        new DivisionInsideSumCheck(),
        RequiredEntriesCheck.Labels,
        RequiredEntriesCheck.Annotations,
        new SingleWindowBurnRateCheck(),
        new BurnRateNeverFiresCheck(),
        new BurnRateShortWindowCheck(),
        new BurnRateWithForCheck(),
        new TargetFeatureCheck(),
    ];

    /// <summary>
    /// Every diagnostic of the files — reading (SLO005–SLO008, SLO400–SLO410), PromQL (SLO2xx) and checks
    /// (SLO420–SLO443) — after suppression comments (SLO470–SLO472) and the config's severity overrides,
    /// sorted by file, position and code.
    /// </summary>
    public static LintResult Lint(IReadOnlyList<RuleFile> files, LintConfig? config = null) =>
        // the context computes label flow over every recording rule's tree, which may be as deep as promtool accepts
        DeepStack.Run(() => LintOnDeepStack(files, config ?? LintConfig.Default));

    private static LintResult LintOnDeepStack(IReadOnlyList<RuleFile> files, LintConfig config)
    {
        var context = new LintContext(files, config);
        foreach (var file in files)
        {
            context.Diagnostics.AddRange(file.Diagnostics);
        }

        context.Diagnostics.AddRange(TargetFeatureCheck.CheckGroups(files.SelectMany(f => f.Groups), config.Target));

        foreach (var found in CheckAll(context, files.SelectMany(f => f.Rules).ToList()))
        {
            context.Diagnostics.AddRange(found);
        }

        var bag = new DiagnosticBag();
        bag.AddRange(SeverityOverrides.Apply(config, SuppressionFilter.Apply(files, context.Diagnostics.Items)));
        return new LintResult(
            bag.Sorted(),
            () => files.SelectMany(f => f.Groups.SelectMany(g => g.Rules.Select(r => new LintedRule(r.Name.Value, r.Kind, g.Name.Value, r.Span)))).ToList());
    }

    /// <summary>How many consecutive rules one worker checks at a time.</summary>
    private const int RulesPerBatch = 256;

    /// <summary>
    /// Every check on every rule, batches of rules on every core. The checks are pure and the context's lookups
    /// are read-only by now, and each batch's findings are kept in rule order, so the result is the same as
    /// checking rule after rule on one thread.
    /// </summary>
    private static IReadOnlyList<Diagnostic>[] CheckAll(LintContext context, IReadOnlyList<Rule> rules)
    {
        var batches = new IReadOnlyList<Diagnostic>[(rules.Count + RulesPerBatch - 1) / RulesPerBatch];
        DeepStack.For(batches.Length, batch =>
        {
            var worker = context.ForWorker();
            var end = Math.Min(rules.Count, (batch + 1) * RulesPerBatch);
            for (var i = batch * RulesPerBatch; i < end; i++)
            {
                foreach (var check in Checks)
                {
                    check.Check(worker, rules[i]);
                }
            }

            batches[batch] = worker.Diagnostics.Items;
            return true;
        });
        return batches;
    }
}
