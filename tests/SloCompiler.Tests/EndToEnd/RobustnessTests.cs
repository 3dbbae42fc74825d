using SloCompiler.Diagnostics;
using SloCompiler.Tests.Support;
using SloCompiler.Text;

namespace SloCompiler.Tests.EndToEnd;

/// <summary>User input never throws: random mutations of the examples yield diagnostics, not exceptions.</summary>
public class RobustnessTests
{
    private const string Alphabet = "{}[]()\"'#=<>%.,:;~!|\\ \n\tabcxyz0123456789-_pslomh";

    [Fact]
    public void Thousands_of_mutated_examples_never_throw()
    {
        var sources = ExampleSources.Load();
        var random = new Random(20261122);
        var withErrors = 0;

        for (var i = 0; i < 3000; i++)
        {
            var original = sources[random.Next(sources.Count)];
            var mutated = new SourceFile(original.Path, TextMutator.Mutate(original.Text, random, random.Next(1, 4), Alphabet));

            var act = () => Compiler.Compile([mutated]);

            var result = act.Should().NotThrow($"mutation {i} of {original.Path}").Subject;
            if (result.HasErrors)
            {
                withErrors++;
                result.Diagnostics.Should().OnlyContain(d => d.Span.File == mutated && d.Message.Length > 0);
            }
        }

        withErrors.Should().BeGreaterThan(1000, "most random mutations break a program and must be reported");
    }
}
