using System.Text;
using System.Text.Json.Nodes;
using SloCompiler.Emit;
using SloCompiler.Emit.Grafana;

namespace SloCompiler.Tests.Grafana;

/// <summary>
/// The overview is written panel by panel as UTF-8 (a fleet's overview is megabytes); its bytes must be
/// exactly those of serialising the whole dashboard as one tree, in both languages (Spanish puts
/// multi-byte characters on the lines that get re-indented).
/// </summary>
public sealed class StreamedOverviewTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void The_streamed_overview_is_the_whole_tree_serialised_at_once(string language)
    {
        var overview = GrafanaFixtures.Emit(language).Single(f => f.RelativePath == Conventions.GrafanaOverviewPath);

        var bytes = overview.Utf8Bytes();
        var whole = GrafanaJson.Serialize(JsonNode.Parse(bytes)!);

        Encoding.UTF8.GetString(bytes).Should().Be(whole);
        overview.Content.Should().Be(whole);
        ((JsonArray)JsonNode.Parse(whole)!["panels"]!).Count.Should().BeGreaterThan(GrafanaFixtures.Program().Services.Count);
        if (language == "es")
        {
            whole.Should().MatchRegex("[áéíóúñ]", "the Spanish overview must exercise multi-byte UTF-8");
        }
    }

    [Fact]
    public void A_file_built_as_utf8_equals_the_same_text_built_as_a_string()
    {
        var text = "{\n  \"title\": \"Disponibilidad\"\n}\n";
        var fromBytes = OutputFile.FromUtf8("grafana/x.json", Encoding.UTF8.GetBytes(text));
        var fromString = new OutputFile("grafana/x.json", text);

        fromBytes.Should().Be(fromString);
        fromBytes.GetHashCode().Should().Be(fromString.GetHashCode());
        fromString.Utf8Bytes().Should().Equal(fromBytes.Utf8Bytes());
        new OutputFile("grafana/y.json", text).Should().NotBe(fromString);
    }
}
