using System.Globalization;
using System.Runtime.InteropServices;

namespace Consort.Generator.Tests.RealProcess;

/// <summary>
/// A directory updated exactly as the kubelet's AtomicWriter updates a ConfigMap volume: the files live in a
/// hidden timestamped directory, <c>..data</c> links to it, each visible file links through <c>..data</c>, and
/// an update writes a new timestamped directory, points <c>..data_tmp</c> at it, renames <c>..data_tmp</c> over
/// <c>..data</c> (atomic) and removes the old directory.
/// </summary>
internal sealed partial class KubeletVolume(string directory)
{
    private int _generation;
    private string? _current;

    public string Directory { get; } = directory;

    public void Write(IReadOnlyDictionary<string, string> files)
    {
        var timestamp = string.Create(CultureInfo.InvariantCulture, $"..{DateTime.UtcNow:yyyy_MM_dd_HH_mm_ss}.{++_generation:D9}");
        var payload = Path.Combine(Directory, timestamp);
        System.IO.Directory.CreateDirectory(payload);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(payload, name), text);
        }

        foreach (var name in files.Keys)
        {
            var visible = Path.Combine(Directory, name);
            if (!Path.Exists(visible))
            {
                File.CreateSymbolicLink(visible, Path.Combine("..data", name));
            }
        }

        var temporary = Path.Combine(Directory, "..data_tmp");
        File.CreateSymbolicLink(temporary, timestamp);

        // rename(2) replaces the old link in one step: readers see the old payload or the new one, never a mix.
        // (File.Move will not move a link to a directory, so call it directly, as the kubelet's os.Rename does.)
        if (Rename(temporary, Path.Combine(Directory, "..data")) != 0)
        {
            throw new IOException($"rename failed with errno {Marshal.GetLastPInvokeError()}");
        }
        if (_current is not null)
        {
            System.IO.Directory.Delete(Path.Combine(Directory, _current), recursive: true);
        }

        _current = timestamp;
    }

    [LibraryImport("libc", EntryPoint = "rename", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Rename(string oldPath, string newPath);
}
