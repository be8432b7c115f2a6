using System.Diagnostics;
using Xunit.Abstractions;

namespace Consort.Generator.Tests.Build;

/// <summary>Runs the <c>dotnet</c> CLI for the build tests, logging each command with its exit code and time.</summary>
internal sealed class DotnetCli(ITestOutputHelper output, IReadOnlyDictionary<string, string>? environment = null)
{
    /// <summary>Runs <c>dotnet arguments…</c> in <paramref name="directory"/> and returns its output; asserts whether it succeeded.</summary>
    public string Run(string directory, IEnumerable<string?> arguments, bool expectSuccess = true)
        => RunProgram("dotnet", directory, arguments.OfType<string>().Append("-nologo"), expectSuccess);

    /// <summary>Runs <paramref name="program"/> (an installed tool, or dotnet for a command without <c>-nologo</c>) the same way.</summary>
    public string RunProgram(string program, string directory, IEnumerable<string> arguments, bool expectSuccess = true)
    {
        var words = arguments.ToList();
        var info = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        words.ForEach(info.ArgumentList.Add);
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var text = stdout.Result + stderr;
        var command = Path.GetFileName(program) + " " + string.Join(' ', words.Where(static w => w != "-nologo"));
        output.WriteLine($"{command}: exit {process.ExitCode} in {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True((process.ExitCode == 0) == expectSuccess, $"{command} exited with {process.ExitCode}:\n{text}");
        return text;
    }
}
