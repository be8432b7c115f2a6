using System.Linq;
using Consort.Generator.Helpers;
using Consort.Generator.Model;

namespace Consort.Generator.Presets;

/// <summary>
/// The ConfigReload preset: a watcher that mounts the ConfigMap or Secret volume as a directory, at the target's
/// path, and reacts to the kubelet's atomic update (a new <c>..data</c> symlink renamed into place) by signalling
/// the target process by name (signal mode, in a shared process namespace) or by calling a reload URL (HTTP mode).
/// </summary>
internal static class ConfigReloadPreset
{
    /// <summary>How often the signal-mode watcher looks at <c>..data</c>; far below the kubelet's own sync delay (about a minute).</summary>
    public const int PollSeconds = 2;

    public static void Expand(WorkloadSpec workload, ContainerSpec container, ConfigReloadPresetSpec preset, PresetContributions output)
    {
        var signalMode = preset.Process is not null;
        output.ShareProcessNamespace |= signalMode;
        output.Containers.Add(container with
        {
            Command = signalMode ? new[] { "sh", "-c", WatcherScript(preset.ConfigPath, preset.Process!, preset.Signal) }.ToEquatableArray() : null,
            Args = signalMode ? null : new[] { "--volume-dir=" + preset.ConfigPath, "--webhook-url=" + preset.ReloadUrl }.ToEquatableArray(),
            Mounts = PresetExpansion.Mounts(container, new MountSpec(preset.ConfigVolume, preset.ConfigPath, true, null)),
            Resources = PresetExpansion.Resources(container, new ResourcesSpec("5m", null, "8Mi", "32Mi", null, null)),
            SecurityContext = signalMode ? SignalModeSecurity(workload, container, preset) : PresetExpansion.SecurityContext(container, PresetExpansion.Nobody, nonRoot: true),
        });
    }

    /// <summary>
    /// Without capabilities a process may signal only processes of its own user (CAP_KILL is not allowed at restricted),
    /// so the watcher runs as the target's user when the target, or the pod, declares one; else as its image's user,
    /// root, like nginx's master, which it could not signal otherwise.
    /// </summary>
    private static SecurityContextSpec SignalModeSecurity(WorkloadSpec workload, ContainerSpec container, ConfigReloadPresetSpec preset)
    {
        var targetUser = workload.Containers.FirstOrDefault(c => c.Name == preset.TargetContainer)?.SecurityContext?.RunAsUser;
        var podUser = workload.Pod.SecurityContext?.RunAsUser;
        return targetUser is > 0
            ? PresetExpansion.SecurityContext(container, targetUser, nonRoot: true)
            : PresetExpansion.SecurityContext(container, null, nonRoot: podUser is > 0);
    }

    /// <summary>
    /// The signal-mode watcher, a POSIX shell loop over busybox applets (<c>readlink</c>, <c>sleep</c>, <c>pkill</c>).
    /// It compares the target of <c>..data</c>, which the kubelet replaces atomically on every update, instead of
    /// watching the file itself, whose <c>modify</c> event never fires for a ConfigMap volume.
    /// </summary>
    public static string WatcherScript(string directory, string process, string signal)
        => "dir=" + Shell.Quote(directory) + "\n"
         + "last=$(readlink \"$dir/..data\")\n"
         + "echo \"config-reloader: watching $dir (..data -> $last)\"\n"
         + "while sleep " + PollSeconds + "; do\n"
         + "  now=$(readlink \"$dir/..data\")\n"
         + "  if [ \"$now\" != \"$last\" ]; then\n"
         + "    last=$now\n"
         + "    if pkill -" + signal + " -o -x " + Shell.Quote(process) + "; then\n"
         + "      echo \"config-reloader: ..data -> $now; sent SIG" + signal + " to " + process + "\"\n"
         + "    else\n"
         + "      echo \"config-reloader: ..data -> $now; no " + process + " process to signal\"\n"
         + "    fi\n"
         + "  fi\n"
         + "done\n";
}
