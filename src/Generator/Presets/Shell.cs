namespace Consort.Generator.Presets;

/// <summary>POSIX shell quoting for values placed in generated scripts.</summary>
internal static class Shell
{
    /// <summary>Single-quotes <paramref name="value"/>; an embedded quote becomes <c>'\''</c>.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
