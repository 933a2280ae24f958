using System.Text;
using PaperGraph.IO;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.IO;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTests
{
    private static void Write(string path, string text, CancellationToken cancellationToken = default) =>
        AtomicFile.Write(path, stream => stream.Write(Encoding.UTF8.GetBytes(text)), cancellationToken: cancellationToken);

    [Fact]
    public void A_replaced_file_keeps_its_permissions()
    {
        using var temp = new TempDirectory();
        var path = temp.File("secret.jsonl", "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Write(path, "new");
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_symbolic_link_is_followed_and_its_target_replaced_the_link_kept()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("real"));
        var target = temp.File(Path.Combine("real", "graph.json"), "old");
        var link = temp.Combine("graph.json");
        File.CreateSymbolicLink(link, target);
        Write(link, "new");
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public async Task A_fifo_is_written_in_place_and_never_replaced()
    {
        using var temp = new TempDirectory();
        var fifo = temp.Combine("out.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }
        var reader = Task.Run(() => File.ReadAllText(fifo));
        Write(fifo, "streamed");
        Assert.Equal("streamed", await reader);
        Assert.Equal(FileKind.Special, FileKinds.Of(fifo));
        Assert.Empty(temp.TemporaryFiles());
    }

    [Fact]
    public void Devices_and_fifos_are_told_from_regular_files()
    {
        using var temp = new TempDirectory();
        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Regular, FileKinds.Of(temp.File("a.txt", "x")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(temp.Path));
        Assert.Equal(FileKind.Missing, FileKinds.Of(temp.Combine("none")));
    }

    [Fact]
    public void A_directory_is_never_replaced()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("dir"));
        Assert.Throws<IOException>(() => Write(temp.Combine("dir"), "x"));
        Assert.True(Directory.Exists(temp.Combine("dir")));
    }

    [Fact]
    public void A_cancelled_write_leaves_the_previous_file_and_no_temporary_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("graph.pgz", "previous");
        using var cancellation = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[1 << 20]);
            cancellation.Cancel();
            stream.Write(new byte[1 << 20]);
        }, cancellationToken: cancellation.Token));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Empty(temp.TemporaryFiles());
    }

    [Fact]
    public async Task A_writer_that_needs_to_seek_can_write_to_a_fifo()
    {
        using var temp = new TempDirectory();
        var fifo = temp.Combine("graph.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }
        var reader = Task.Run(() => File.ReadAllBytes(fifo));
        AtomicFile.Write(fifo, stream =>
        {
            stream.Write("xxxxtail"u8);
            stream.Position = 0;
            stream.Write("head"u8);
        }, seekable: true);
        Assert.Equal("headtail", Encoding.ASCII.GetString(await reader));
    }
}
