using SloCompiler.Cli;
using SloCompiler.Cli.Commands;
using SloCompiler.Cli.Files;
using SloCompiler.Emit;

namespace SloCompiler.Tests.Cli;

/// <summary>
/// Issue 18, items 2, 8 and 12: what a hostile repository can put in the output folder (links out
/// of it, pipes, a forged manifest, a sibling project under <c>--out ..</c>) must not make
/// <c>slo compile</c> write, delete or read outside it, hang, or run out of memory.
/// </summary>
public partial class CompileCommandTests
{
    private int Publish(IReadOnlyList<OutputFile> outputs, bool check = false, string? folder = null) =>
        Bounded.Within(TimeSpan.FromSeconds(20), () => CompileCommand.Publish(outputs, SloCompiler.Emit.EmitOptions.Default, folder ?? Generated, check, Context));

    /// <summary>A manifest as an attacker would forge it: listing <paramref name="path"/> with the true hash of <paramref name="content"/>.</summary>
    private void ForgeManifest(string path, string content) =>
        _dir.Write("generated/manifest.json", ManifestEmitter.Emit([], [new OutputFile(path, content)]).Content);

    [Fact]
    public void Stale_cleanup_never_deletes_through_a_folder_link_even_when_the_manifest_lists_the_file()
    {
        var victim = _dir.Write("elsewhere/old.rules.yml", Header + "# precious\n");
        SpecialFiles.Link(Path.Combine(Generated, "archive"), Path.Combine(_dir.Path, "elsewhere"));
        ForgeManifest("archive/old.rules.yml", Header + "# precious\n");

        var exit = Publish(Outputs("a"));

        exit.Should().Be(0, _error.ToString());
        File.Exists(victim).Should().BeTrue("a file behind a link in --out is outside --out");
        _error.ToString().Should().Contain("warning SLO908");
    }

    [Fact]
    public void Stale_cleanup_never_deletes_a_manifest_path_that_climbs_out_of_the_folder()
    {
        var victim = _dir.Write("victim.txt", "mine\n");
        ForgeManifest("../victim.txt", "mine\n");

        var exit = Publish(Outputs("a"));

        exit.Should().Be(0, _error.ToString());
        File.Exists(victim).Should().BeTrue();
        _error.ToString().Should().Contain("warning SLO909: manifest.json lists '../victim.txt'");
    }

    [Fact]
    public void Out_dot_dot_does_not_delete_a_sibling_projects_generated_files()
    {
        var sibling = _dir.Write("sibling/generated/prometheus/theirs.rules.yml", Header + "# theirs\n");
        _dir.Write("sibling/generated/manifest.json", ManifestEmitter.Emit([], [new OutputFile("prometheus/theirs.rules.yml", Header + "# theirs\n")]).Content);
        var project = Path.Combine(_dir.Path, "project");
        Directory.CreateDirectory(project);

        var exit = Publish(Outputs("a"), folder: Path.GetFullPath(Path.Combine(project, "..")));

        exit.Should().Be(0, _error.ToString());
        File.Exists(sibling).Should().BeTrue("only what this folder's own manifest lists may be deleted");
    }

    [Fact]
    public void A_stale_file_is_deleted_only_while_its_hash_is_the_one_slo_wrote()
    {
        Publish(Outputs("a", "old", "edited"));
        _dir.Write("generated/prometheus/edited.rules.yml", Header + "# a hand edit\n");

        var exit = Publish(Outputs("a"));

        exit.Should().Be(0);
        _dir.Exists("generated/prometheus/old.rules.yml").Should().BeFalse();
        _dir.Read("generated/prometheus/edited.rules.yml").Should().Be(Header + "# a hand edit\n");
        _error.ToString().Should().Contain("warning SLO908: 'generated/prometheus/edited.rules.yml' is no longer generated");
    }

    [Fact]
    public void A_file_with_the_generated_header_that_no_manifest_lists_is_left_alone()
    {
        _dir.Write("generated/prometheus/copied.rules.yml", Header + "# copied in by hand\n");

        Publish(Outputs("a"));

        _dir.Exists("generated/prometheus/copied.rules.yml").Should().BeTrue();
    }

    [Fact]
    public void An_output_behind_a_folder_link_is_slo906_and_nothing_is_written_outside()
    {
        var elsewhere = Path.Combine(_dir.Path, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        SpecialFiles.Link(Path.Combine(Generated, "prometheus"), elsewhere);

        var exit = Publish(Outputs("a"));

        exit.Should().Be(1);
        _error.ToString().Should().Contain("error SLO906: 'generated/prometheus/a.rules.yml' is a symbolic link or lies behind one");
        Directory.EnumerateFileSystemEntries(elsewhere).Should().BeEmpty();
        _dir.Exists("generated/manifest.json").Should().BeFalse("nothing is written when one output is refused");
    }

    [Fact]
    public void An_output_folder_that_is_itself_a_link_is_refused()
    {
        var elsewhere = Path.Combine(_dir.Path, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        SpecialFiles.Link(Generated, elsewhere);

        var exit = Publish(Outputs("a"));

        exit.Should().Be(1);
        _error.ToString().Should().Contain("error SLO906: 'generated' is a symbolic link");
        Directory.EnumerateFileSystemEntries(elsewhere).Should().BeEmpty();
    }

    [Fact]
    public void An_output_that_is_a_link_to_a_file_is_refused_and_the_target_is_untouched()
    {
        var target = _dir.Write("elsewhere.txt", Header + "# not slo's\n");
        SpecialFiles.Link(Path.Combine(Generated, "prometheus", "a.rules.yml"), target);

        var exit = Publish(Outputs("a"));

        exit.Should().Be(1);
        File.ReadAllText(target).Should().Be(Header + "# not slo's\n");
        new FileInfo(Path.Combine(Generated, "prometheus", "a.rules.yml")).LinkTarget.Should().Be(target);
    }

    [Fact]
    public void Pipes_and_links_to_dev_zero_in_the_output_folder_neither_hang_nor_fill_memory()
    {
        SpecialFiles.Fifo(Path.Combine(Generated, "prometheus", "a.rules.yml"));
        SpecialFiles.Fifo(Path.Combine(Generated, "notes.yml"));
        SpecialFiles.Link(Path.Combine(Generated, "zero.yml"), "/dev/zero");
        SpecialFiles.Link(Path.Combine(Generated, "prometheus", "b.rules.yml"), "/dev/zero");

        var exit = Publish(Outputs("a", "b"));

        exit.Should().Be(1);
        _error.ToString().Should().Contain("'generated/prometheus/a.rules.yml' is not a regular file")
            .And.Contain("'generated/prometheus/b.rules.yml' is a symbolic link");
    }

    [Fact]
    public void A_manifest_json_that_is_a_pipe_does_not_hang()
    {
        SpecialFiles.Fifo(Path.Combine(Generated, "manifest.json"));

        var exit = Publish(Outputs("a"));

        exit.Should().Be(1);
        _error.ToString().Should().Contain("'generated/manifest.json' is not a regular file");
    }

    [Fact]
    public void Temporary_files_a_killed_run_left_are_reported_by_check_and_removed_by_the_next_run()
    {
        Publish(Outputs("a"));
        var leftover = _dir.Write($"generated/prometheus/.a.rules.yml.{Guid.NewGuid():N}.tmp", Header + "# half");
        _out.GetStringBuilder().Clear();

        var check = Publish(Outputs("a"), check: true);
        var checkOutput = _out.ToString();
        var write = Publish(Outputs("a"));

        check.Should().Be(1);
        checkOutput.Should().Be($"leftover: generated/prometheus/{Path.GetFileName(leftover)}\n");
        write.Should().Be(0);
        File.Exists(leftover).Should().BeFalse();
        _out.ToString().Should().EndWith("0 written, 2 unchanged, 0 stale removed, 1 leftover temporary files removed\n");
    }

    [Fact]
    public void A_second_writer_waits_for_the_lock_and_fails_with_slo907_when_it_is_not_released()
    {
        Directory.CreateDirectory(Generated);
        var wait = CompileCommand.OutputLockWait;
        try
        {
            CompileCommand.OutputLockWait = TimeSpan.FromMilliseconds(300);
            using (OutputFolderLock.Acquire(Generated, exclusive: true, TimeSpan.Zero))
            {
                var exit = Publish(Outputs("a"));

                exit.Should().Be(1);
                _error.ToString().Should().Contain("error SLO907: another slo is writing 'generated/'");
                _dir.Exists("generated/prometheus/a.rules.yml").Should().BeFalse();
            }

            Publish(Outputs("a")).Should().Be(0, "the lock goes with its holder");
        }
        finally
        {
            CompileCommand.OutputLockWait = wait;
        }
    }

    [Fact]
    public void Concurrent_compiles_into_one_folder_never_leave_a_mixed_folder()
    {
        var left = Outputs("a", "b", "c");
        var right = Outputs("x", "y", "z");
        for (var trial = 0; trial < 20; trial++)
        {
            var exits = Bounded.Within(TimeSpan.FromSeconds(30), () => new[] { left, right, left, right }
                .AsParallel().WithDegreeOfParallelism(4)
                .Select(outputs => CompileCommand.Publish(outputs, SloCompiler.Emit.EmitOptions.Default, Generated, check: false, new CliContext(TextWriter.Null, TextWriter.Null, _dir.Path, CliEnvironment.Plain)))
                .ToList());
            exits.Should().AllBeEquivalentTo(0);

            var present = Directory.EnumerateFiles(Generated, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Generated, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
            var winner = _dir.Read("generated/manifest.json").Contains("x.rules.yml", StringComparison.Ordinal) ? right : left;
            present.Should().Equal(winner.Select(o => o.RelativePath).Order(StringComparer.Ordinal), $"trial {trial}");
        }
    }
}
