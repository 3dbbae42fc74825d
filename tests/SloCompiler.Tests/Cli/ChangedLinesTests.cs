using SloCompiler.Cli.Files;

namespace SloCompiler.Tests.Cli;

public class ChangedLinesTests
{
    [Fact]
    public void Hunks_give_the_new_side_line_ranges_and_pure_deletions_mark_both_neighbours()
    {
        const string diff = """
            diff --git a/rules/a.yml b/rules/a.yml
            --- a/rules/a.yml
            +++ b/rules/a.yml
            @@ -3 +3 @@ groups:
            -old
            +new
            @@ -10,2 +10,0 @@
            -gone
            -gone
            @@ -20,0 +19,3 @@
            +a
            +b
            +c
            diff --git a/gone.yml b/gone.yml
            --- a/gone.yml
            +++ /dev/null
            @@ -1 +0,0 @@
            -x
            """;

        var parsed = ChangedLines.ParseDiff(diff, "/repo");

        parsed.Keys.Should().Equal("/repo/rules/a.yml");
        parsed["/repo/rules/a.yml"].Should().Equal((3, 3), (10, 11), (19, 21));
    }
}
