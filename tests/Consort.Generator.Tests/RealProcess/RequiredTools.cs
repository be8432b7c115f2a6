namespace Consort.Generator.Tests.RealProcess;

/// <summary>
/// Tests that run real programs. Under <c>CI=true</c> a missing program fails the test with the command that
/// installs it; elsewhere the test is reported as skipped, with the same message.
/// </summary>
internal static class RequiredTools
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(params string[] programs)
    {
        var missing = programs.Where(p => Find(p) is null).ToList();
        if (missing.Count > 0)
        {
            Missing($"This test runs {string.Join(", ", missing)}, which is not installed. On Debian or Ubuntu: apt-get install -y nginx inotify-tools procps util-linux (.ci/run does this).");
        }
    }

    /// <summary>Fails under CI, skips elsewhere: <paramref name="message"/> says what is missing and how to install it.</summary>
    public static void Missing(string message)
    {
        if (IsCi)
        {
            Assert.Fail(message);
        }

        Skip.If(true, message);
    }

    public static string? Find(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator)
            .Concat(["/usr/sbin", "/sbin"])
            .Select(d => Path.Combine(d, program))
            .FirstOrDefault(File.Exists);
}
