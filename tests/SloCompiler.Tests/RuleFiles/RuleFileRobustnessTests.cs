using SloCompiler.Linting;
using SloCompiler.RuleFiles;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.RuleFiles;

public class RuleFileRobustnessTests
{
    // Characters that matter to YAML, PromQL and Go templates, so mutations hit the interesting paths.
    private const string Alphabet = ":{}[]()-,'\"\n #|>`$.=~!<0aZ\u00e9";

    [Fact]
    public void Two_thousand_random_mutations_of_rule_files_never_throw_and_keep_spans_inside_the_file()
    {
        var originals = new[] { "SLO437-single-window-burn-rate.yml", "SLO426-template-label-dropped.yml", "SLO471-unused-suppression.yml" }
            .Select(n => File.ReadAllText(RepoRoot.Combine("tests", "SloCompiler.Tests", "Linting", "Cases", n)))
            .Append(File.ReadAllText(RepoRoot.Combine("tests", "SloCompiler.Tests", "RuleFiles", "Cases", "SLO407-template.yml")))
            .ToList();
        var random = new Random(20261123);

        for (var i = 0; i < 2000; i++)
        {
            var mutated = TextMutator.Mutate(originals[i % originals.Count], random, 1 + random.Next(4), Alphabet);

            var lint = () => RuleLinter.Lint([RuleFileReader.Read(new SourceFile("rules.yml", mutated))]);

            var result = lint.Should().NotThrow($"mutation {i} must not throw:\n{mutated}").Subject;
            foreach (var diagnostic in result.Diagnostics)
            {
                diagnostic.Span.Start.Should().BeInRange(0, mutated.Length);
                diagnostic.Span.End.Should().BeInRange(diagnostic.Span.Start, mutated.Length);
            }
        }
    }

    [Fact]
    public void Pathologically_deep_nesting_is_reported_not_a_crash()
    {
        var text = "groups: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var result = RuleLinter.Lint([RuleFileReader.Read(new SourceFile("rules.yml", text))]);

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("SLO410");
    }
}
