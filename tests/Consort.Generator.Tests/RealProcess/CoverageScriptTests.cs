using System.Diagnostics;
using Consort.Generator.Tests.Infrastructure;

namespace Consort.Generator.Tests.RealProcess;

/// <summary>
/// The coverage script's own decisions (tests/coverage/test_coverage.py: which fields the attributes type, which need
/// a patch, what the API server rejects), run with python3 so that the script cannot drift from the attributes
/// unnoticed.
/// </summary>
public class CoverageScriptTests
{
    [SkippableFact]
    public void The_coverage_script_classifies_its_sample_manifests_as_the_attributes_allow()
    {
        var python = RequiredTools.Find("python3");
        if (python is null || Run(python, "-c \"import yaml\"", ".").ExitCode != 0)
        {
            RequiredTools.Missing("This test runs python3 with PyYAML, which is not installed. On Debian or Ubuntu: apt-get install -y python3 python3-yaml (.ci/run does this).");
        }

        var folder = Path.GetFullPath(Path.Combine(TestPaths.ProjectDirectory, "..", "coverage"));
        var (exitCode, output) = Run(python!, "-m unittest test_coverage", folder);
        Assert.True(exitCode == 0, output);
        Assert.Contains("OK", output);
    }

    private static (int ExitCode, string Output) Run(string program, string arguments, string folder)
    {
        var info = new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
