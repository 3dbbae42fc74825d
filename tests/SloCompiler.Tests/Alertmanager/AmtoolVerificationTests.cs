using SloCompiler.Checking;
using SloCompiler.Diagnostics;
using SloCompiler.Emit;
using SloCompiler.Emit.Alertmanager;
using SloCompiler.Model;
using SloCompiler.Parsing;
using SloCompiler.Tests.Support;
using SloCompiler.Text;
using YamlDotNet.RepresentationModel;

namespace SloCompiler.Tests.Alertmanager;

/// <summary>
/// The real Alertmanager 0.25 <c>amtool</c> accepts the generated configuration, and every alert the
/// rules can fire reaches the receiver its tier names, never the default one.
/// </summary>
public sealed class AmtoolVerificationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slo-amtool-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Full_config_passes_check_config()
    {
        var path = Write("alertmanager.yml", AlertmanagerEmitter.Emit(AlertmanagerFixtures.Program(), AlertmanagerMode.Full)!.Content);

        var (exitCode, output) = Amtool.Run(_folder, "check-config", path);

        exitCode.Should().Be(0, output);
        output.Should().Contain("SUCCESS");
    }

    [Fact]
    public void Every_generated_alert_reaches_its_receiver_in_the_full_config()
    {
        var path = Write("alertmanager.yml", AlertmanagerEmitter.Emit(AlertmanagerFixtures.Program(), AlertmanagerMode.Full)!.Content);

        VerifyEveryAlert(path);
    }

    [Fact]
    public void Routes_mode_merged_into_a_platform_root_passes_and_routes_every_alert()
    {
        var routes = AlertmanagerEmitter.Emit(AlertmanagerFixtures.Program(), AlertmanagerMode.Routes)!.Content;
        var path = Write("merged.yml", MergeIntoPlatformRoot(routes));

        var (exitCode, output) = Amtool.Run(_folder, "check-config", path);
        exitCode.Should().Be(0, output);

        VerifyEveryAlert(path);
        var (otherExit, otherOutput) = Amtool.Run(_folder, "config", "routes", "test", $"--config.file={path}", "alertname=DiskFull", "team=payments");
        otherExit.Should().Be(0, otherOutput);
        AlertRouting.Receiver(otherOutput).Should().Be("platform-default", "alerts that are not SLO alerts stay with the platform's routes");
    }

    [Fact]
    public void A_config_checked_from_dsl_source_passes_check_config()
    {
        var source = AlertmanagerSyntaxTests.Dsl + "time weekend weekdays sat..sun\ntime nights weekdays mon..sun 00:00-07:00, 22:00-24:00 UTC\n";
        var diagnostics = new DiagnosticBag();
        var document = DslParser.Parse(new SourceFile("slo/payments.slo", source), diagnostics);
        var services = AlertmanagerFixtures.Program().Services.Take(1).ToList();
        var model = AlertmanagerChecker.Check([document], services, diagnostics);
        diagnostics.Items.Should().BeEmpty();
        var program = new SloProgram(services, ["slo/payments.slo"]) { Alertmanager = model };

        var path = Write("from-source.yml", AlertmanagerEmitter.Emit(program, AlertmanagerMode.Full)!.Content);
        var (exitCode, output) = Amtool.Run(_folder, "check-config", path);

        exitCode.Should().Be(0, output);
        VerifyEveryAlert(path, program, expectedCount: 8);
    }

    private void VerifyEveryAlert(string configPath) => VerifyEveryAlert(configPath, AlertmanagerFixtures.Program(), expectedCount: 14);

    private void VerifyEveryAlert(string configPath, SloProgram program, int expectedCount) =>
        AlertRouting.VerifyEveryAlert(_folder, configPath, program).Should().Be(expectedCount, "every enabled tier fires its own alert");

    /// <summary>The merge the README describes: the subtree becomes a child of the platform's root; lists are appended.</summary>
    internal static string MergeIntoPlatformRoot(string routes)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(routes));
        var generated = (YamlMappingNode)stream.Documents[0].RootNode;
        var platform = new YamlMappingNode
        {
            { "route", new YamlMappingNode { { "receiver", "platform-default" }, { "routes", new YamlSequenceNode(generated["route"]) } } },
            { "receivers", new YamlSequenceNode(new YamlNode[] { new YamlMappingNode { { "name", "platform-default" } } }.Concat(((YamlSequenceNode)generated["receivers"]).Children)) },
        };
        foreach (var key in new[] { "time_intervals", "inhibit_rules" })
        {
            if (generated.Children.TryGetValue(key, out var section))
            {
                platform.Add(key, section);
            }
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(platform)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
