using SloCompiler.Tests.Support;
using static SloCompiler.Tests.Parsing.YamlTestSupport;

namespace SloCompiler.Tests.Parsing;

public sealed class YamlRobustnessTests
{
    // Characters that matter to YAML's grammar, so mutations hit the interesting paths.
    private const string Alphabet = ":{}[]-,'\"\n\r #&*!|>%@`\t?~0aZ\u00e9\U0001F4B3";

    [Fact]
    public void Two_thousand_random_mutations_of_a_valid_file_never_throw_and_keep_spans_inside_the_file()
    {
        var original = File.ReadAllText(Path.Combine(CasesFolder(), "valid-full.yaml"));
        var random = new Random(20261122);

        for (var i = 0; i < 2000; i++)
        {
            var mutated = TextMutator.Mutate(original, random, 1 + random.Next(4), Alphabet);

            var read = () => Read(mutated);

            var (_, diagnostics) = read.Should().NotThrow($"mutation {i} must not throw:\n{mutated}").Subject;
            foreach (var diagnostic in diagnostics)
            {
                diagnostic.Span.Start.Should().BeInRange(0, mutated.Length);
                diagnostic.Span.End.Should().BeInRange(diagnostic.Span.Start, mutated.Length);
            }
        }
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    public void Pathologically_deep_nesting_is_reported_not_a_crash(string open, string close)
    {
        var depth = 100_000;
        var text = "apiVersion: slocompiler.dev/v1\nkind: Service\nmetadata: { name: api }\nspec: { slos: "
            + string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth)) + " }\n";

        var read = () => Read(text);

        read.Should().NotThrow().Subject.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("SLO005");
    }
}
