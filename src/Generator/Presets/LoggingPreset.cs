using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consort.Generator.Helpers;
using Consort.Generator.Manifest;
using Consort.Generator.Model;
using static Consort.Generator.Manifest.ManifestTree;

namespace Consort.Generator.Presets;

/// <summary>
/// The Logging preset: a Fluent Bit or Fluentd agent that tails the app's files from the shared volume (mounted
/// read-only at the app's path), configured by a generated ConfigMap mounted as a directory, with a writable
/// emptyDir for its position database.
/// </summary>
internal static class LoggingPreset
{
    private const string FluentBitConfigDirectory = "/fluent-bit/etc/";
    private const string FluentBitStateDirectory = "/var/lib/fluent-bit";
    private const string FluentdConfigDirectory = "/fluentd/etc";
    private const string FluentdStateDirectory = "/fluentd/state";
    private const int KeyWidth = 18;

    public static void Expand(WorkloadSpec workload, ContainerSpec container, LoggingPresetSpec preset, PresetContributions output)
    {
        if (preset.SourceVolume is null)
        {
            // CNS101 was reported: an agent without a source would tail nothing.
            return;
        }

        var fluentBit = preset.Agent == LogAgent.FluentBit;
        var configMap = PresetNames.AgentConfigMap(workload.Name, container.Name);
        var configVolume = PresetNames.AgentConfigVolume(container.Name);
        var stateVolume = PresetNames.AgentStateVolume(container.Name);
        var configDirectory = fluentBit ? FluentBitConfigDirectory : FluentdConfigDirectory;
        var stateDirectory = fluentBit ? FluentBitStateDirectory : FluentdStateDirectory;
        var (fileName, text) = fluentBit
            ? ("fluent-bit.conf", FluentBitConfig(workload, preset, stateDirectory))
            : ("fluent.conf", FluentdConfig(preset, stateDirectory));

        output.Containers.Add(container with
        {
            // Fluent Bit's image is distroless: run the binary itself. Fluentd's entrypoint reads /fluentd/etc/fluent.conf.
            Command = fluentBit ? new[] { "/fluent-bit/bin/fluent-bit" }.ToEquatableArray() : null,
            Args = fluentBit ? new[] { "-c", FluentBitConfigDirectory + fileName }.ToEquatableArray() : null,
            Mounts = PresetExpansion.Mounts(
                container,
                new MountSpec(preset.SourceVolume, preset.SourcePath, true, null),
                new MountSpec(configVolume, configDirectory, true, null),
                new MountSpec(stateVolume, stateDirectory, null, null)),
            Resources = fluentBit
                ? PresetExpansion.Resources(container, new ResourcesSpec("10m", null, "32Mi", "128Mi", null, null))
                : PresetExpansion.Resources(container, new ResourcesSpec("50m", null, "128Mi", "256Mi", null, null)),

            // The agent only reads the app's files and writes its positions to its own emptyDir: nobody will do.
            SecurityContext = PresetExpansion.SecurityContext(container, PresetExpansion.Nobody, nonRoot: true),
        });

        output.Volumes.Add(Object("V1Volume", Field("name", String(configVolume)), Field("configMap", Object("V1ConfigMapVolumeSource", Field("name", String(configMap))))));
        output.Volumes.Add(Object("V1Volume", Field("name", String(stateVolume)), Field("emptyDir", Object("V1EmptyDirVolumeSource"))));
        output.Documents.Add(ConfigMapDocument.Create(workload, configMap, [new(fileName, text)]));

        // A changed agent configuration must roll the pods: the kubelet would update the file, but neither agent rereads it.
        // The key's name part is at most 63 characters: the container name (a DNS label) fits, the ConfigMap name may not.
        output.TemplateAnnotations.Add(new("checksum/" + container.Name, Checksum(text)));
    }

    private static string FluentBitConfig(WorkloadSpec workload, LoggingPresetSpec preset, string stateDirectory)
    {
        var config = new StringBuilder();
        Section(config, "SERVICE", ("Flush", "1"), ("Log_Level", "info"), ("HTTP_Server", "On"), ("HTTP_Listen", "0.0.0.0"), ("HTTP_Port", "2020"), ("Health_Check", "On"));
        Section(
            config,
            "INPUT",
            ("Name", "tail"),
            ("Path", Join(preset.SourcePath, preset.Files)),
            ("Tag", "app.*"),
            ("DB", stateDirectory + "/tail.db"),
            ("Refresh_Interval", "5"),
            ("Read_from_Head", "true"),
            ("Skip_Long_Lines", "On"),
            ("Mem_Buf_Limit", "10MB"));
        var port = preset.Port.ToString(CultureInfo.InvariantCulture);
        switch (preset.Output)
        {
            case LogOutput.Forward:
                Section(config, "OUTPUT", ("Name", "forward"), ("Match", "app.*"), ("Host", preset.Host!), ("Port", port));
                break;
            case LogOutput.Elasticsearch:
                Section(config, "OUTPUT", ("Name", "es"), ("Match", "app.*"), ("Host", preset.Host!), ("Port", port), ("Logstash_Format", "On"), ("Suppress_Type_Name", "On"));
                break;
            case LogOutput.Loki:
                Section(config, "OUTPUT", ("Name", "loki"), ("Match", "app.*"), ("Host", preset.Host!), ("Port", port), ("Labels", "job=fluent-bit, app=" + workload.Name));
                break;
            default:
                Section(config, "OUTPUT", ("Name", "stdout"), ("Match", "app.*"), ("Format", "json_lines"));
                break;
        }

        return config.ToString();
    }

    private static string FluentdConfig(LoggingPresetSpec preset, string stateDirectory)
    {
        var port = preset.Port.ToString(CultureInfo.InvariantCulture);
        var config = new StringBuilder()
            .Append("<system>\n  log_level info\n</system>\n\n")
            .Append("<source>\n")
            .Append("  @type tail\n")
            .Append("  path ").Append(Join(preset.SourcePath, preset.Files)).Append('\n')
            .Append("  pos_file ").Append(stateDirectory).Append("/app.log.pos\n")
            .Append("  tag app.*\n")
            .Append("  read_from_head true\n")
            .Append("  <parse>\n    @type none\n  </parse>\n")
            .Append("</source>\n\n")
            .Append("<match app.**>\n");
        if (preset.Output == LogOutput.Forward)
        {
            config.Append("  @type forward\n  <server>\n    host ").Append(preset.Host).Append("\n    port ").Append(port).Append("\n  </server>\n");
        }
        else
        {
            config.Append("  @type stdout\n");
        }

        return config.Append("</match>\n").ToString();
    }

    private static void Section(StringBuilder config, string name, params (string Key, string Value)[] entries)
    {
        if (config.Length > 0)
        {
            config.Append('\n');
        }

        config.Append('[').Append(name).Append("]\n");
        foreach (var (key, value) in entries)
        {
            // Keys and values are separated by at least one space and aligned like Fluent Bit's own examples.
            config.Append("    ").Append(key.PadRight(KeyWidth)).Append(' ').Append(value).Append('\n');
        }
    }

    private static string Join(string directory, string files) => directory.TrimEnd('/') + "/" + files;


    /// <summary>The first 16 hex digits of the SHA-256 of the text: stable across machines, changes with the content.</summary>
    public static string Checksum(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
