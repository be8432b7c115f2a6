using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Consort.Generator.Tests.Infrastructure;
using k8s.Models;
using Xunit.Abstractions;

namespace Consort.Generator.Tests.RealProcess;

/// <summary>
/// The generated ConfigReload watcher, run for real: a real nginx serves a configuration from a directory that
/// is updated the way the kubelet updates a ConfigMap volume, and the watcher's generated command, pointed at
/// that directory, must make nginx serve each new configuration. Both run in a fresh PID namespace, as the
/// containers of a pod with <c>shareProcessNamespace: true</c> do.
/// </summary>
public sealed class ConfigReloadProcessTests(ITestOutputHelper output) : IDisposable
{
    private const int Updates = 4;
    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(20);

    private readonly string _root = Directory.CreateTempSubdirectory("consort-reload-").FullName;

    [SkippableFact]
    public async Task Nginx_serves_each_new_configuration_after_a_kubelet_style_update()
    {
        RequiredTools.Require("nginx", "unshare", "pkill", "readlink", "sh");
        var volume = new KubeletVolume(Path.Combine(_root, "config"));
        Directory.CreateDirectory(volume.Directory);
        var prefix = Directory.CreateDirectory(Path.Combine(_root, "nginx")).FullName;
        var port = FreePort();

        var watcher = GeneratedWatcherCommand(volume.Directory);
        Assert.Equal(["sh", "-c"], watcher.Take(2));

        volume.Write(NginxConfig(prefix, port, version: 1));
        using var pod = StartPod(prefix, volume.Directory, watcher[2]);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        Assert.True(await Serves(http, port, version: 1), "nginx did not start serving version 1:\n" + Diagnose(prefix));

        var observed = 0;
        for (var version = 2; version <= Updates + 1; version++)
        {
            volume.Write(NginxConfig(prefix, port, version));
            if (await Serves(http, port, version))
            {
                observed++;
            }
            else
            {
                output.WriteLine($"version {version} was not served within {ReloadTimeout.TotalSeconds} s");
            }
        }

        var log = StopAndReadLog(pod);
        var reloads = log.Split('\n').Count(l => l.Contains("sent SIGHUP to nginx", StringComparison.Ordinal));
        output.WriteLine($"updates applied: {Updates}, new configuration served: {observed}, reloads logged by the watcher: {reloads}");
        output.WriteLine(log);
        Assert.Equal(Updates, observed);
        Assert.Equal(Updates, reloads);
    }

    [SkippableFact]
    public async Task The_kubelet_re_enactment_emits_the_events_real_volumes_emit()
    {
        // The watcher keys on the ..data swap; this pins the re-enactment to what a kubelet update looks like under
        // inotify: MOVED_TO ..data on the directory, and no MODIFY on the file (which is why watching it never works).
        RequiredTools.Require("inotifywait");
        var volume = new KubeletVolume(Path.Combine(_root, "config"));
        Directory.CreateDirectory(volume.Directory);
        volume.Write(new Dictionary<string, string> { ["app.conf"] = "v1" });

        var events = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var watch = Start("inotifywait", ["-m", "-q", "--format", "%e %f", volume.Directory, Path.Combine(volume.Directory, "app.conf")], events);
        await Task.Delay(500);
        volume.Write(new Dictionary<string, string> { ["app.conf"] = "v2" });
        await Task.Delay(500);
        watch.Kill(entireProcessTree: true);
        await watch.WaitForExitAsync();

        var seen = events.ToList();
        output.WriteLine(string.Join("\n", seen));
        Assert.Contains("MOVED_TO ..data", seen);
        Assert.DoesNotContain(seen, e => e.StartsWith("MODIFY", StringComparison.Ordinal));
        Assert.Equal("v2", File.ReadAllText(Path.Combine(volume.Directory, "app.conf")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // nginx may still be releasing its files; the temporary directory is the OS's to clean.
        }
    }

    /// <summary>The watcher's command exactly as the generator writes it, for a workload that mounts its config at <paramref name="configDirectory"/>.</summary>
    private static List<string> GeneratedWatcherCommand(string configDirectory)
    {
        var outcome = GeneratorHarness.Run($$"""
            using Consort;
            using static Consort.SidecarKind;
            namespace Demo;
            [Deployment("web")]
            public partial class Web
            {
                [ConfigMapVolume("nginx-conf")] partial class NginxConf;
                [Container("nginx:1.27.3")] [Mount(typeof(NginxConf), "{{configDirectory}}", ReadOnly = true)] partial class Nginx;
                [Sidecar(ConfigReload, Config = typeof(NginxConf), Target = typeof(Nginx), Process = "nginx")] partial class Reloader;
            }
            """);
        Assert.Empty(outcome.Errors);
        var deployment = (V1Deployment)outcome.Load().GetType("Demo.Web", throwOnError: true)!.GetMethod("Build")!.Invoke(null, null)!;
        Assert.True(deployment.Spec.Template.Spec.ShareProcessNamespace);
        return [.. deployment.Spec.Template.Spec.InitContainers.Single(c => c.Name == "reloader").Command];
    }

    private static Dictionary<string, string> NginxConfig(string prefix, int port, int version) => new()
    {
        ["nginx.conf"] = $$"""
            daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log;
            events { worker_connections 64; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/client_body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                server {
                    listen 127.0.0.1:{{port}};
                    location / { return 200 "version {{version}}\n"; }
                }
            }
            """,
    };

    /// <summary>nginx reads its config through the volume's visible link, as the sample's <c>-c /etc/nginx/live/nginx.conf</c> does.</summary>
    private Process StartPod(string prefix, string configDirectory, string watcherScript)
    {
        var nginx = RequiredTools.Find("nginx")!;
        var pod = $"'{nginx}' -p '{prefix}/' -c '{configDirectory}/nginx.conf' & exec sh -c \"$0\"";
        return Start("unshare", ["--fork", "--pid", "--mount-proc", "sh", "-c", pod, watcherScript], new System.Collections.Concurrent.ConcurrentQueue<string>(), _log);
    }

    private readonly System.Text.StringBuilder _log = new();

    private string StopAndReadLog(Process pod)
    {
        pod.Kill(entireProcessTree: true);
        pod.WaitForExit();
        lock (_log)
        {
            return _log.ToString();
        }
    }

    private static Process Start(string program, string[] arguments, System.Collections.Concurrent.ConcurrentQueue<string> lines, System.Text.StringBuilder? log = null)
    {
        var info = new ProcessStartInfo(RequiredTools.Find(program) ?? program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        void Collect(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lines.Enqueue(e.Data);
            if (log is not null)
            {
                lock (log)
                {
                    log.AppendLine(e.Data);
                }
            }
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> Serves(HttpClient http, int port, int version)
    {
        var deadline = DateTime.UtcNow + ReloadTimeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await http.GetStringAsync($"http://127.0.0.1:{port}/") == $"version {version}\n")
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // nginx is still starting.
            }
            catch (TaskCanceledException)
            {
                // A request timed out; try again until the deadline.
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Diagnose(string prefix)
    {
        var errorLog = Path.Combine(prefix, "error.log");
        lock (_log)
        {
            return _log + (File.Exists(errorLog) ? File.ReadAllText(errorLog) : "(no nginx error log)");
        }
    }
}
