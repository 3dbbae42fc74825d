using SloCompiler.Emit;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Emit;

/// <summary>manifest.json against schemas/manifest.schema.json (JsonSchema.Net), for every option set people use.</summary>
public sealed class ManifestSchemaTests
{
    private static readonly SchemaFile Schema = SchemaFile.Load("manifest.schema.json");

    public static TheoryData<string> OptionSets => ["default", "kubernetes", "routes", "thanos"];

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void The_examples_manifest_matches_the_schema(string optionSet)
    {
        var options = optionSet switch
        {
            "kubernetes" => EmitOptions.Default with { Target = OutputTarget.Kubernetes, MaxRulesPerGroup = 20, DashboardLanguage = "es" },
            "routes" => EmitOptions.Default with { AlertmanagerMode = AlertmanagerMode.Routes },
            "thanos" => EmitOptions.Default with { Ruler = Targets.RulerTarget.Thanos },
            _ => EmitOptions.Default,
        };

        var manifest = Compiler.Compile(ExampleSources.Load(), options).Outputs.Single(o => o.RelativePath == ManifestEmitter.FileName);

        Schema.Errors(manifest.Content).Should().BeEmpty();
    }

    [Fact]
    public void The_committed_manifest_matches_the_schema() =>
        Schema.Errors(File.ReadAllText(RepoRoot.Combine("generated", "manifest.json"))).Should().BeEmpty();

    [Fact]
    public void The_schema_rejects_a_manifest_without_options_or_with_a_short_hash()
    {
        const string withoutOptions = """{ "tool": "slo", "version": "0.1.0", "inputs": [], "outputs": [] }""";
        const string shortHash = """{ "tool": "slo", "version": "0.1.0", "options": {}, "inputs": [{ "path": "a", "sha256": "abc" }], "outputs": [] }""";

        Schema.Errors(withoutOptions).Should().Contain(e => e.Contains("options", StringComparison.Ordinal));
        Schema.Errors(shortHash).Should().Contain(e => e.Contains("/inputs/0/sha256", StringComparison.Ordinal));
    }
}
