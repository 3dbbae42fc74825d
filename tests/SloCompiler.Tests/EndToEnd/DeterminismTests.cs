using System.Globalization;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.EndToEnd;

public class DeterminismTests
{
    [Theory]
    [InlineData("es-ES")]
    [InlineData("tr-TR")]
    public void Output_is_byte_identical_under_other_cultures(string culture)
    {
        var sources = ExampleSources.Load();
        var reference = Compile(sources, CultureInfo.InvariantCulture);

        var underCulture = Compile(sources, CultureInfo.GetCultureInfo(culture));

        underCulture.Should().Equal(reference);
    }

    [Fact]
    public void Compiling_twice_gives_the_same_bytes_with_unix_line_endings()
    {
        var sources = ExampleSources.Load();

        var first = Compile(sources, CultureInfo.InvariantCulture);
        var second = Compile(sources, CultureInfo.InvariantCulture);

        second.Should().Equal(first);
        first.Should().AllSatisfy(f => f.Content.Should().NotContain("\r").And.EndWith("\n"));
    }

    private static List<(string RelativePath, string Content)> Compile(IReadOnlyList<Text.SourceFile> sources, CultureInfo culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return Compiler.Compile(sources).Outputs.Select(o => (o.RelativePath, o.Content)).ToList();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
